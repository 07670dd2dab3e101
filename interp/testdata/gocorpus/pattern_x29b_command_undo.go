package main

import (
	"errors"
	"fmt"
	"strings"
)

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Command interface {
	Do(d *Document) error
	Undo(d *Document)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(d *Document) error {
	if c.Pos < 0 || c.Pos > len(d.text) {
		return fmt.Errorf("insert at %d: out of range [0,%d]", c.Pos, len(d.text))
	}
	ins := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(ins, d.text[c.Pos:]...)...)
	return nil
}

func (c *Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}

func (c *Insert) String() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(d *Document) error {
	if c.Pos+c.N > len(d.text) {
		return errors.New("delete past end")
	}
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
	return nil
}

func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(append([]rune{}, c.removed...), d.text[c.Pos:]...)...)
}

func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type Upper struct {
	before []rune
}

func (c *Upper) Do(d *Document) error {
	c.before = append([]rune(nil), d.text...)
	d.text = []rune(strings.ToUpper(string(d.text)))
	return nil
}
func (c *Upper) Undo(d *Document) { d.text = c.before }
func (c *Upper) String() string   { return "upper" }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Exec(c Command) {
	if err := c.Do(&e.doc); err != nil {
		fmt.Println("  failed:", err)
		return
	}
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
	script := []Command{
		&Insert{0, "hello"},
		&Insert{5, " world"},
		&Insert{5, ","},
		&Delete{Pos: 0, N: 1},
		&Insert{0, "H"},
		&Insert{99, "!"},
		&Upper{},
		&Delete{Pos: 10, N: 50},
	}
	for _, c := range script {
		fmt.Printf("%-20v", c)
		ed.Exec(c)
		fmt.Printf("%q\n", ed.doc.String())
	}
	for ed.Undo() {
		fmt.Printf("undo -> %q\n", &ed.doc)
	}
	ed.Redo()
	ed.Redo()
	fmt.Printf("redo x2 -> %q undo=%v redo=%d\n", ed.doc.String(), ed.undo, len(ed.redo))
	ed.Exec(&Insert{Pos: len(ed.doc.text), Text: "!"})
	fmt.Println(ed.Redo(), ed.doc.String(), len(ed.undo))
}
