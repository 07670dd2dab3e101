package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command interface {
	Do(buf *[]rune) error
	Undo(buf *[]rune)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(b *[]rune) error {
	if c.Pos < 0 || c.Pos > len(*b) {
		return fmt.Errorf("insert at %d: %w", c.Pos, ErrBounds)
	}
	*b = append((*b)[:c.Pos], append([]rune(c.Text), (*b)[c.Pos:]...)...)
	return nil
}
func (c *Insert) Undo(b *[]rune) { *b = append((*b)[:c.Pos], (*b)[c.Pos+len([]rune(c.Text)):]...) }
func (c *Insert) String() string { return fmt.Sprintf("ins(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(b *[]rune) error {
	if c.Pos < 0 || c.Pos+c.N > len(*b) {
		return fmt.Errorf("delete %d..%d: %w", c.Pos, c.Pos+c.N, ErrBounds)
	}
	c.removed = append([]rune(nil), (*b)[c.Pos:c.Pos+c.N]...)
	*b = append((*b)[:c.Pos], (*b)[c.Pos+c.N:]...)
	return nil
}
func (c *Delete) Undo(b *[]rune) {
	*b = append((*b)[:c.Pos], append(c.removed, (*b)[c.Pos:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("del(%d,%d)", c.Pos, c.N) }

var ErrBounds = errors.New("out of bounds")
var ErrNothing = errors.New("nothing to undo/redo")

type Editor struct {
	buf        []rune
	undo, redo []Command
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.buf); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
	return nil
}

func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return ErrNothing
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.buf)
	e.redo = append(e.redo, c)
	return nil
}

func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return ErrNothing
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	if err := c.Do(&e.buf); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	return nil
}

func main() {
	e := &Editor{}
	steps := []func() error{
		func() error { return e.Exec(&Insert{0, "hello world"}) },
		func() error { return e.Exec(&Insert{5, ","}) },
		func() error { return e.Exec(&Delete{Pos: 7, N: 5}) },
		func() error { return e.Exec(&Insert{7, "Gophers ✓"}) },
		e.Undo, e.Undo, e.Redo,
		func() error { return e.Exec(&Delete{Pos: 40, N: 1}) },
		func() error { return e.Exec(&Insert{0, ">> "}) },
		e.Redo, e.Undo, e.Undo, e.Undo, e.Undo, e.Undo,
	}
	for i, s := range steps {
		err := s()
		fmt.Printf("%2d %-22q undo=%v redo=%v", i, string(e.buf), e.undo, e.redo)
		if err != nil {
			fmt.Printf(" err=%v bounds=%t", err, errors.Is(err, ErrBounds))
		}
		fmt.Println()
	}
	fmt.Println(strings.Count(string(e.buf), "o"), len(e.buf))
}
