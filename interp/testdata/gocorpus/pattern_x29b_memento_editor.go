package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Canvas struct {
	Shapes []string
	Styles map[string]string
	Zoom   float64
}

// memento is opaque to the caretaker.
type memento struct {
	label string
	state Canvas
}

func (c *Canvas) Save(label string) memento {
	return memento{label: label, state: Canvas{
		Shapes: slices.Clone(c.Shapes),
		Styles: maps.Clone(c.Styles),
		Zoom:   c.Zoom,
	}}
}

func (c *Canvas) Restore(m memento) {
	c.Shapes = slices.Clone(m.state.Shapes)
	c.Styles = maps.Clone(m.state.Styles)
	c.Zoom = m.state.Zoom
}

func (c Canvas) String() string {
	keys := slices.Sorted(maps.Keys(c.Styles))
	var st []string
	for _, k := range keys {
		st = append(st, k+"="+c.Styles[k])
	}
	return fmt.Sprintf("shapes=%v styles={%s} zoom=%.1f", c.Shapes, strings.Join(st, ","), c.Zoom)
}

type History struct {
	snaps []memento
}

func (h *History) Push(m memento) { h.snaps = append(h.snaps, m) }

func (h *History) Find(label string) (memento, bool) {
	i := slices.IndexFunc(h.snaps, func(m memento) bool { return m.label == label })
	if i < 0 {
		return memento{}, false
	}
	return h.snaps[i], true
}

func (h *History) Labels() []string {
	out := make([]string, len(h.snaps))
	for i, m := range h.snaps {
		out[i] = m.label
	}
	return out
}

func main() {
	c := &Canvas{Styles: map[string]string{}, Zoom: 1}
	h := &History{}
	h.Push(c.Save("empty"))

	c.Shapes = append(c.Shapes, "circle", "square")
	c.Styles["stroke"] = "black"
	h.Push(c.Save("two shapes"))

	c.Shapes[0] = "ellipse"
	c.Styles["fill"] = "red"
	c.Zoom = 2.5
	h.Push(c.Save("styled"))

	c.Shapes = c.Shapes[:1]
	delete(c.Styles, "stroke")
	fmt.Println("now:    ", c)

	for _, label := range []string{"two shapes", "empty", "styled", "nope"} {
		m, ok := h.Find(label)
		if !ok {
			fmt.Printf("%-8s  no snapshot %q\n", "restore", label)
			continue
		}
		c.Restore(m)
		fmt.Printf("%-8s  %s\n", label+":", c)
	}
	c.Shapes[0] = "triangle"
	c.Styles["fill"] = "blue"
	m, _ := h.Find("styled")
	fmt.Println("snapshot intact:", m.state.Shapes[0], m.state.Styles["fill"])
	fmt.Println(h.Labels(), len(h.snaps))
	fmt.Printf("%+v\n", h.snaps[1].state)
}
