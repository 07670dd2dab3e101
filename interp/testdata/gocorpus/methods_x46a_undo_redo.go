package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command interface {
	Do(doc *Document)
	Undo(doc *Document)
	fmt.Stringer
}

type Document struct{ text []rune }

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
	removed []rune
}

func (c *Delete) Do(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.removed...), d.text[c.Pos:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type stack []Command

func (s *stack) push(c Command) { *s = append(*s, c) }
func (s *stack) pop() (Command, bool) {
	if len(*s) == 0 {
		return nil, false
	}
	c := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return c, true
}

type Editor struct {
	doc        Document
	undo, redo stack
}

var ErrNothing = errors.New("nothing to do")

func (e *Editor) Exec(c Command) {
	c.Do(&e.doc)
	e.undo.push(c)
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() error {
	c, ok := e.undo.pop()
	if !ok {
		return fmt.Errorf("undo: %w", ErrNothing)
	}
	c.Undo(&e.doc)
	e.redo.push(c)
	return nil
}

func (e *Editor) Redo() error {
	c, ok := e.redo.pop()
	if !ok {
		return fmt.Errorf("redo: %w", ErrNothing)
	}
	c.Do(&e.doc)
	e.undo.push(c)
	return nil
}

func (e *Editor) show(label string) {
	hist := make([]string, len(e.undo))
	for i, c := range e.undo {
		hist[i] = c.String()
	}
	fmt.Printf("%-8s %-22q undo=[%s] redo=%d\n", label, e.doc.String(), strings.Join(hist, " "), len(e.redo))
}

func main() {
	var e Editor
	e.Exec(Insert{0, "hello"})
	e.show("ins")
	e.Exec(Insert{5, " world"})
	e.show("ins")
	e.Exec(&Delete{Pos: 0, N: 1})
	e.show("del")
	e.Exec(Insert{0, "J"})
	e.show("ins")
	fmt.Println(e.Undo(), e.Undo())
	e.show("undo x2")
	fmt.Println(e.Redo())
	e.show("redo")
	e.Exec(Insert{10, "!"})
	e.show("ins")
	fmt.Println("redo:", e.Redo())
	for {
		if err := e.Undo(); err != nil {
			fmt.Println(err, errors.Is(err, ErrNothing))
			break
		}
	}
	e.show("empty")
	fmt.Printf("%T %T %v\n", e.redo[0], e.redo[len(e.redo)-1], e.redo)
}
