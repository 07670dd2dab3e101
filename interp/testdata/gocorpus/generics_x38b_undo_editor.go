package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Clear()   { s.items = s.items[:0] }

type Command interface {
	Do(doc *Document)
	Undo(doc *Document)
	fmt.Stringer
}

type Document struct {
	lines []string
}

func (d *Document) String() string { return strings.Join(d.lines, " / ") }

type Insert struct {
	At   int
	Text string
}

func (c Insert) Do(d *Document) {
	d.lines = append(d.lines[:c.At], append([]string{c.Text}, d.lines[c.At:]...)...)
}
func (c Insert) Undo(d *Document) { d.lines = append(d.lines[:c.At], d.lines[c.At+1:]...) }
func (c Insert) String() string   { return fmt.Sprintf("insert(%d,%q)", c.At, c.Text) }

type Replace struct {
	At       int
	New, old string
}

func (c *Replace) Do(d *Document) {
	c.old = d.lines[c.At]
	d.lines[c.At] = c.New
}
func (c *Replace) Undo(d *Document) { d.lines[c.At] = c.old }
func (c *Replace) String() string   { return fmt.Sprintf("replace(%d,%q)", c.At, c.New) }

type Editor struct {
	doc        Document
	undo, redo Stack[Command]
}

func (e *Editor) Run(c Command) {
	c.Do(&e.doc)
	e.undo.Push(c)
	e.redo.Clear()
}

func (e *Editor) Undo() bool {
	c, ok := e.undo.Pop()
	if ok {
		c.Undo(&e.doc)
		e.redo.Push(c)
	}
	return ok
}

func (e *Editor) Redo() bool {
	c, ok := e.redo.Pop()
	if ok {
		c.Do(&e.doc)
		e.undo.Push(c)
	}
	return ok
}

func main() {
	var ed Editor
	ed.Run(Insert{0, "Dear customer,"})
	ed.Run(Insert{1, "your order shipped."})
	ed.Run(Insert{2, "Regards"})
	ed.Run(&Replace{At: 1, New: "your order is delayed."})
	fmt.Println(&ed.doc)
	for i := 0; i < 2; i++ {
		fmt.Println("undo:", ed.Undo(), "->", &ed.doc)
	}
	fmt.Println("redo:", ed.Redo(), "->", &ed.doc)
	ed.Run(Insert{0, "URGENT"})
	fmt.Println("redo after new command:", ed.Redo())
	fmt.Println(ed.doc.String())
	fmt.Println("history:", ed.undo.items)
	for ed.Undo() {
	}
	fmt.Printf("empty: %q %d %d\n", ed.doc.lines, ed.undo.Len(), ed.redo.Len())

	var nums Stack[int]
	for i := range 5 {
		nums.Push(i * i)
	}
	for v, ok := nums.Pop(); ok; v, ok = nums.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Printf("%T %+v\n", nums, Stack[string]{items: []string{"a"}})
}
