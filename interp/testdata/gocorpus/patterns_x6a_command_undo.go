// Exercises: command pattern with undo stack, interface slice, pointer receivers mutating a shared document, type switch on commands
package main

import (
	"fmt"
	"strings"
)

type Doc struct{ text []string }

type Command interface {
	Do(d *Doc)
	Undo(d *Doc)
}

type Append struct{ Word string }
type Upper struct {
	idx int
	old string
}

func (a Append) Do(d *Doc)   { d.text = append(d.text, a.Word) }
func (a Append) Undo(d *Doc) { d.text = d.text[:len(d.text)-1] }

func (u *Upper) Do(d *Doc) {
	u.idx = len(d.text) - 1
	u.old = d.text[u.idx]
	d.text[u.idx] = strings.ToUpper(u.old)
}
func (u *Upper) Undo(d *Doc) { d.text[u.idx] = u.old }

type Editor struct {
	doc     Doc
	history []Command
}

func (e *Editor) Run(c Command) {
	c.Do(&e.doc)
	e.history = append(e.history, c)
}

func (e *Editor) Undo() bool {
	if len(e.history) == 0 {
		return false
	}
	last := e.history[len(e.history)-1]
	e.history = e.history[:len(e.history)-1]
	last.Undo(&e.doc)
	switch c := last.(type) {
	case Append:
		fmt.Println("undid append of", c.Word)
	case *Upper:
		fmt.Println("undid upper at", c.idx)
	}
	return true
}

func main() {
	var e Editor
	e.Run(Append{"hello"})
	e.Run(Append{"world"})
	e.Run(&Upper{})
	fmt.Println(strings.Join(e.doc.text, " "))
	e.Undo()
	fmt.Println(strings.Join(e.doc.text, " "))
	for e.Undo() {
	}
	fmt.Println(len(e.doc.text), len(e.history), e.Undo())
}
