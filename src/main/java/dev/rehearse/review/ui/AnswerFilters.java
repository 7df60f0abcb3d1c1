package dev.rehearse.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.Topic;
import dev.rehearse.review.AnswerFilter;
import dev.rehearse.review.AnswerFilter.CoverageFilter;
import dev.rehearse.review.AnswerFilter.RatingFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search box and filters over the person's answers. It shows a {@link HistoryQuery} and hands a new one to
 * {@code onChange} when the person changes anything (a search when they press Enter or leave the box), so that the
 * page can put it in its address.
 */
class AnswerFilters extends Div {

    final TextField search = new TextField("Search your answers and the questions");
    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>("Topics");
    final CheckboxGroup<Difficulty> difficulties = new CheckboxGroup<>("Difficulty");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<RatingFilter> rating = new Select<>();
    final Select<CoverageFilter> coverage = new Select<>();
    final Checkbox timedOut = new Checkbox("Only answers that ran out of time");
    final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());
    /** The filters beside the search, folded away until one is set or the person opens them. */
    final Details more = new Details("Filters");

    private final Map<String, Topic> topicsBySlug;
    private boolean showing;

    AnswerFilters(List<Topic> allTopics, Consumer<HistoryQuery> onChange) {
        addClassName("answer-filters");
        setId("answer-filters");
        topicsBySlug = allTopics.stream().collect(Collectors.toMap(Topic::slug, Function.identity()));

        search.setId("answer-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(AnswerFilter.MAX_TEXT_LENGTH);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.setPlaceholder("Words you wrote, or a question's title");
        topics.setId("filter-topics");
        topics.setItems(allTopics);
        topics.setItemLabelGenerator(Topic::name);
        difficulties.setId("filter-difficulty");
        difficulties.setItems(Difficulty.values());
        difficulties.setItemLabelGenerator(Difficulty::label);
        from.setId("filter-from");
        to.setId("filter-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        rating.setId("filter-rating");
        rating.setLabel("Rating");
        rating.setItems(RatingFilter.values());
        rating.setItemLabelGenerator(RatingFilter::label);
        coverage.setId("filter-coverage");
        coverage.setLabel("Key points made");
        coverage.setItems(CoverageFilter.values());
        coverage.setItemLabelGenerator(CoverageFilter::label);
        timedOut.setId("filter-timed-out");
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> onChange.accept(HistoryQuery.INTERVIEWS.showingAnswers(true)));

        Runnable changed = () -> {
            if (!showing) {
                onChange.accept(current());
            }
        };
        search.addValueChangeListener(e -> changed.run());
        topics.addValueChangeListener(e -> changed.run());
        difficulties.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        rating.addValueChangeListener(e -> changed.run());
        coverage.addValueChangeListener(e -> changed.run());
        timedOut.addValueChangeListener(e -> changed.run());

        Div row1 = new Div(topics, difficulties);
        row1.addClassName("filter-row");
        Div row2 = new Div(from, to, rating, coverage);
        row2.addClassName("filter-row");
        Div row3 = new Div(timedOut, clear);
        row3.addClassName("filter-row");
        more.setId("more-filters");
        more.add(row1, row2, row3);
        more.addClassName("more-filters");
        add(search, more);
    }


    /** Sets the fields to {@code query} without taking it for a change of the person's. */
    void show(HistoryQuery query) {
        showing = true;
        try {
            search.setValue(query.text());
            topics.setValue(query.topics().stream().map(topicsBySlug::get).filter(t -> t != null)
                    .collect(Collectors.toSet()));
            difficulties.setValue(query.difficulties());
            from.setValue(query.from());
            to.setValue(query.to());
            rating.setValue(query.rating());
            coverage.setValue(query.coverage());
            timedOut.setValue(query.timedOutOnly());
            int set = (query.topics().isEmpty() ? 0 : 1) + (query.difficulties().isEmpty() ? 0 : 1)
                    + (query.from() == null ? 0 : 1) + (query.to() == null ? 0 : 1)
                    + (query.rating() == RatingFilter.ANY ? 0 : 1) + (query.coverage() == CoverageFilter.ANY ? 0 : 1)
                    + (query.timedOutOnly() ? 1 : 0);
            more.setSummaryText(set == 0 ? "Filters" : set == 1 ? "Filters (1 set)" : "Filters (%d set)".formatted(set));
            if (set > 0) {
                more.setOpened(true);
            }
        } finally {
            showing = false;
        }
    }

    private HistoryQuery current() {
        Set<String> slugs = topics.getValue().stream().map(Topic::slug).collect(Collectors.toSet());
        return new HistoryQuery(true, search.getValue().strip(), slugs, Set.copyOf(difficulties.getValue()),
                from.getValue(), to.getValue(), rating.getValue() == null ? RatingFilter.ANY : rating.getValue(),
                coverage.getValue() == null ? CoverageFilter.ANY : coverage.getValue(), timedOut.getValue(),
                List.of());
    }
}
