package main

import (
	"fmt"
	"strings"
)

type Command interface {
	Do(doc *[]rune)
	Undo(doc *[]rune)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *[]rune) {
	r := []rune(c.Text)
	*d = append((*d)[:c.Pos], append(r, (*d)[c.Pos:]...)...)
}

func (c Insert) Undo(d *[]rune) {
	n := len([]rune(c.Text))
	*d = append((*d)[:c.Pos], (*d)[c.Pos+n:]...)
}

func (c Insert) String() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(d *[]rune) {
	c.removed = append([]rune(nil), (*d)[c.Pos:c.Pos+c.N]...)
	*d = append((*d)[:c.Pos], (*d)[c.Pos+c.N:]...)
}

func (c *Delete) Undo(d *[]rune) {
	*d = append((*d)[:c.Pos], append(c.removed, (*d)[c.Pos:]...)...)
}

func (c *Delete) String() string { return fmt.Sprintf("delete %d at %d", c.N, c.Pos) }

type Editor struct {
	doc        []rune
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
	e := &Editor{}
	e.Exec(Insert{0, "hello world"})
	e.Exec(Insert{5, ", dear"})
	e.Exec(&Delete{Pos: 0, N: 1})
	e.Exec(Insert{0, "J"})
	fmt.Printf("%q\n", string(e.doc))
	for e.Undo() {
		fmt.Printf("undo -> %q\n", string(e.doc))
		if strings.HasPrefix(string(e.doc), "hello,") {
			break
		}
	}
	e.Redo()
	fmt.Printf("redo -> %q\n", string(e.doc))
	e.Exec(Insert{len(e.doc), "!"})
	fmt.Println("redo possible:", e.Redo(), string(e.doc))
	for i, c := range e.undo {
		fmt.Printf("%d: %v (%T)\n", i, c, c)
	}
	e.Exec(Insert{0, "¡"})
	fmt.Println(string(e.doc), len(e.doc), len(string(e.doc)))
}
