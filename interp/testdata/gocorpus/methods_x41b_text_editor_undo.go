package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command interface {
	Execute(doc *Document) error
	Undo(doc *Document)
	Describe() string
}

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type InsertCommand struct {
	Pos  int
	Text string
}

func (c *InsertCommand) Execute(d *Document) error {
	if c.Pos < 0 || c.Pos > len(d.text) {
		return fmt.Errorf("insert at %d: position out of range [0,%d]", c.Pos, len(d.text))
	}
	ins := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(ins, d.text[c.Pos:]...)...)
	return nil
}

func (c *InsertCommand) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}

func (c *InsertCommand) Describe() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type DeleteCommand struct {
	Pos, Len int
	deleted  []rune
}

func (c *DeleteCommand) Execute(d *Document) error {
	if c.Pos < 0 || c.Pos+c.Len > len(d.text) {
		return errors.New("delete: range out of bounds")
	}
	c.deleted = append([]rune(nil), d.text[c.Pos:c.Pos+c.Len]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.Len:]...)
	return nil
}

func (c *DeleteCommand) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.deleted...), d.text[c.Pos:]...)...)
}

func (c *DeleteCommand) Describe() string {
	return fmt.Sprintf("delete %d at %d (%q)", c.Len, c.Pos, string(c.deleted))
}

type UpperCommand struct{ before []rune }

func (c *UpperCommand) Execute(d *Document) error {
	c.before = append([]rune(nil), d.text...)
	d.text = []rune(strings.ToUpper(string(d.text)))
	return nil
}
func (c *UpperCommand) Undo(d *Document) { d.text = c.before }
func (c *UpperCommand) Describe() string { return "uppercase" }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	if err := c.Execute(&e.doc); err != nil {
		fmt.Println("  ! ", err)
		return
	}
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
	fmt.Printf("  do   %-32s -> %q\n", c.Describe(), e.doc.String())
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	fmt.Printf("  undo %-32s -> %q\n", c.Describe(), e.doc.String())
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	_ = c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	fmt.Printf("  redo %-32s -> %q\n", c.Describe(), e.doc.String())
	return true
}

func main() {
	ed := &Editor{}
	ed.Do(&InsertCommand{0, "hello world"})
	ed.Do(&InsertCommand{5, ", dear"})
	ed.Do(&DeleteCommand{Pos: 0, Len: 1})
	ed.Do(&InsertCommand{0, "Ħ"})
	ed.Do(&UpperCommand{})
	ed.Do(&InsertCommand{99, "x"})
	ed.Do(&DeleteCommand{Pos: 10, Len: 50})
	for ed.Undo() {
	}
	ed.Redo()
	ed.Redo()
	ed.Do(&InsertCommand{len([]rune(ed.doc.String())), "!"})
	fmt.Println("redo possible:", ed.Redo(), "history:", len(ed.undo))
	for i, c := range ed.undo {
		fmt.Printf("%d %T %s\n", i, c, c.Describe())
	}
}
