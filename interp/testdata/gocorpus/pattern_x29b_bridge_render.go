package main

import (
	"fmt"
	"strings"
)

// Renderer is the implementation side of the bridge.
type Renderer interface {
	Circle(x, y, r int) string
	Rect(x, y, w, h int) string
	Group(children []string) string
}

type SVG struct{ Stroke string }

func (s SVG) Circle(x, y, r int) string {
	return fmt.Sprintf(`<circle cx="%d" cy="%d" r="%d" stroke=%q/>`, x, y, r, s.Stroke)
}
func (s SVG) Rect(x, y, w, h int) string {
	return fmt.Sprintf(`<rect x="%d" y="%d" width="%d" height="%d" stroke=%q/>`, x, y, w, h, s.Stroke)
}
func (s SVG) Group(children []string) string {
	return "<g>" + strings.Join(children, "") + "</g>"
}

type Text struct{}

func (Text) Circle(x, y, r int) string      { return fmt.Sprintf("circle@(%d,%d) r=%d", x, y, r) }
func (Text) Rect(x, y, w, h int) string     { return fmt.Sprintf("rect@(%d,%d) %dx%d", x, y, w, h) }
func (Text) Group(children []string) string { return "[" + strings.Join(children, "; ") + "]" }

type Grid struct {
	W, H int
}

func (g Grid) canvas() [][]byte {
	c := make([][]byte, g.H)
	for i := range c {
		c[i] = []byte(strings.Repeat(".", g.W))
	}
	return c
}

func (g Grid) plot(c [][]byte, x, y int, ch byte) {
	if y >= 0 && y < g.H && x >= 0 && x < g.W {
		c[y][x] = ch
	}
}

func (g Grid) Circle(x, y, r int) string {
	c := g.canvas()
	for dy := -r; dy <= r; dy++ {
		for dx := -r; dx <= r; dx++ {
			if d := dx*dx + dy*dy; d <= r*r && d > (r-1)*(r-1) {
				g.plot(c, x+dx, y+dy, 'o')
			}
		}
	}
	return string(joinRows(c))
}

func (g Grid) Rect(x, y, w, h int) string {
	c := g.canvas()
	for i := 0; i < w; i++ {
		g.plot(c, x+i, y, '#')
		g.plot(c, x+i, y+h-1, '#')
	}
	for j := 0; j < h; j++ {
		g.plot(c, x, y+j, '#')
		g.plot(c, x+w-1, y+j, '#')
	}
	return string(joinRows(c))
}

func (g Grid) Group(children []string) string { return strings.Join(children, "\n\n") }

func joinRows(c [][]byte) []byte {
	var out []byte
	for i, row := range c {
		if i > 0 {
			out = append(out, '\n')
		}
		out = append(out, row...)
	}
	return out
}

// Shape is the abstraction side.
type Shape interface {
	Draw(r Renderer) string
}

type Circle struct{ X, Y, R int }
type Rect struct{ X, Y, W, H int }
type Group []Shape

func (c Circle) Draw(r Renderer) string { return r.Circle(c.X, c.Y, c.R) }
func (s Rect) Draw(r Renderer) string   { return r.Rect(s.X, s.Y, s.W, s.H) }
func (g Group) Draw(r Renderer) string {
	parts := make([]string, 0, len(g))
	for _, s := range g {
		parts = append(parts, s.Draw(r))
	}
	return r.Group(parts)
}

func main() {
	scene := Group{Circle{4, 3, 3}, Rect{1, 1, 6, 4}, Group{Circle{2, 2, 1}}}
	for _, r := range []Renderer{Text{}, SVG{Stroke: "navy"}, Grid{9, 7}} {
		fmt.Printf("--- %T\n%s\n", r, scene.Draw(r))
	}
	fmt.Printf("%v %+v\n", scene[0], scene[1])
}
