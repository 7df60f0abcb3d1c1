/** The frame of every signed-in page and the small components that every feature's pages share. */
@NamedInterface("ui")
package dev.rehearse.base.ui;

import org.springframework.modulith.NamedInterface;
