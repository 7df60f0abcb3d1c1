package dev.rehearse.admin.internal;

import dev.rehearse.admin.AuditAction;
import dev.rehearse.admin.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The audit table's SQL: one insert and two reads. There is deliberately no update and no delete. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long actorId, AuditEntry entry) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into admin_audit_entry (occurred_at, actor_id, actor, action, target, detail, client_address)
                values (:at, :actorId, :actor, :action, :target, :detail, :address)
                """)
                .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .param("actorId", actorId)
                .param("actor", entry.actor())
                .param("action", entry.action().name())
                .param("target", entry.target())
                .param("detail", entry.detail())
                .param("address", entry.clientAddress())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public List<AuditEntry> newestFirst(int offset, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, target, detail, client_address from admin_audit_entry
                order by occurred_at desc, id desc
                limit :limit offset :offset
                """)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditStore::entry)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from admin_audit_entry").query(Long.class).single();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
