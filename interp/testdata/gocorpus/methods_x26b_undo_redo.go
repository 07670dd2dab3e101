package main

import (
	"fmt"
	"strings"
)

type Command interface {
	Do(*Doc)
	Undo(*Doc)
	fmt.Stringer
}

type Doc struct {
	text strings.Builder
}

func (d *Doc) String() string { return d.text.String() }
func (d *Doc) set(s string)   { d.text.Reset(); d.text.WriteString(s) }

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Doc) {
	s := d.String()
	d.set(s[:c.Pos] + c.Text + s[c.Pos:])
}
func (c Insert) Undo(d *Doc) {
	s := d.String()
	d.set(s[:c.Pos] + s[c.Pos+len(c.Text):])
}
func (c Insert) String() string { return fmt.Sprintf("ins(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed string
}

func (c *Delete) Do(d *Doc) {
	s := d.String()
	c.removed = s[c.Pos : c.Pos+c.N]
	d.set(s[:c.Pos] + s[c.Pos+c.N:])
}
func (c *Delete) Undo(d *Doc) {
	s := d.String()
	d.set(s[:c.Pos] + c.removed + s[c.Pos:])
}
func (c *Delete) String() string { return fmt.Sprintf("del(%d,%d)", c.Pos, c.N) }

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Exec(c Command) {
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func main() {
	var ed Editor
	show := func(op string) { fmt.Printf("%-8s %-22q undo=%v redo=%v\n", op, ed.doc.String(), ed.undo, ed.redo) }
	ed.Exec(Insert{0, "hello"})
	show("ins")
	ed.Exec(Insert{5, " world"})
	show("ins")
	ed.Exec(&Delete{Pos: 0, N: 1})
	show("del")
	ed.Exec(Insert{0, "J"})
	show("ins")
	for ed.Undo() {
		show("undo")
	}
	ed.Redo()
	ed.Redo()
	show("redo2")
	ed.Exec(Insert{11, "!"})
	show("ins")
	fmt.Println(ed.Redo(), len(ed.undo))
}
