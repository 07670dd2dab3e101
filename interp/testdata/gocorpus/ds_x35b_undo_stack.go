package main

import (
	"fmt"
	"strings"
)

type Command interface {
	Do(doc *Document)
	Undo(doc *Document)
	fmt.Stringer
}

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed string
}

func (c *Delete) Do(d *Document) {
	c.removed = string(d.text[c.Pos : c.Pos+c.N])
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Document) {
	Insert{c.Pos, c.removed}.Do(d)
}
func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)=%q", c.Pos, c.N, c.removed) }

type Editor struct {
	doc        Document
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
	show := func(op string) {
		fmt.Printf("%-12s %-22q undo=%d redo=%d\n", op, ed.doc.String(), len(ed.undo), len(ed.redo))
	}
	ed.Exec(Insert{0, "Hello world"})
	show("insert")
	ed.Exec(Insert{5, ","})
	show("insert")
	ed.Exec(&Delete{Pos: 7, N: 5})
	show("delete")
	ed.Exec(Insert{7, "Gophers 🐹"})
	show("insert")
	ed.Undo()
	show("undo")
	ed.Undo()
	show("undo")
	ed.Redo()
	show("redo")
	ed.Exec(Insert{len(ed.doc.text), "!"})
	show("insert")
	fmt.Println("redo possible:", ed.Redo())
	for ed.Undo() {
	}
	show("undo all")
	var names []string
	for i := len(ed.redo) - 1; i >= 0; i-- {
		names = append(names, ed.redo[i].String())
	}
	fmt.Println(strings.Join(names, "\n"))
}
