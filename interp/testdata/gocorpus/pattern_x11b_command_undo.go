// Exercises: command pattern with undo stack, interface with Do/Undo, closures as commands, redo after undo
package main

import "fmt"

type Doc struct{ text []rune }

type Command interface {
	Do(d *Doc)
	Undo(d *Doc)
}

type Insert struct {
	At int
	S  string
}

func (c Insert) Do(d *Doc) {
	r := []rune(c.S)
	d.text = append(d.text[:c.At], append(r, d.text[c.At:]...)...)
}
func (c Insert) Undo(d *Doc) { d.text = append(d.text[:c.At], d.text[c.At+len([]rune(c.S)):]...) }

type Delete struct {
	At, N   int
	removed []rune
}

func (c *Delete) Do(d *Doc) {
	c.removed = append([]rune(nil), d.text[c.At:c.At+c.N]...)
	d.text = append(d.text[:c.At], d.text[c.At+c.N:]...)
}
func (c *Delete) Undo(d *Doc) { Insert{c.At, string(c.removed)}.Do(d) }

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Run(c Command) { c.Do(&e.doc); e.undo = append(e.undo, c); e.redo = nil }
func (e *Editor) Undo() {
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
}
func (e *Editor) Redo() {
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
}
func (e *Editor) Show() {
	fmt.Printf("%q undo=%d redo=%d\n", string(e.doc.text), len(e.undo), len(e.redo))
}

func main() {
	e := &Editor{}
	e.Run(Insert{0, "héllo"})
	e.Run(Insert{5, " wörld"})
	e.Show()
	e.Run(&Delete{At: 0, N: 6})
	e.Undo()
	e.Undo()
	e.Show()
	e.Redo()
	e.Redo()
	e.Show()
}
