package main

import (
	"fmt"
	"strings"
)

type Mover interface {
	Move(dx, dy int)
	Pos() (int, int)
}

type Sprite struct {
	Name string
	X, Y int
}

func (s *Sprite) Move(dx, dy int) { s.X += dx; s.Y += dy }
func (s Sprite) Pos() (int, int)  { return s.X, s.Y }
func (s Sprite) String() string   { return fmt.Sprintf("%s@(%d,%d)", s.Name, s.X, s.Y) }

type Player struct {
	*Sprite
	Score int
}

type NPC struct {
	Sprite
	Lines []string
}

func (n *NPC) Talk() string {
	if len(n.Lines) == 0 {
		return "..."
	}
	l := n.Lines[0]
	n.Lines = append(n.Lines[1:], l)
	return l
}

type Path []struct{ dx, dy int }

func (p Path) Apply(m Mover) {
	for _, st := range p {
		m.Move(st.dx, st.dy)
	}
}

type Grid [3][3]rune

func (g *Grid) Set(x, y int, r rune) { g[y][x] = r }
func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	p := Player{&Sprite{"hero", 0, 0}, 0}
	n := &NPC{Sprite{"guard", 5, 5}, []string{"Halt!", "Who goes there?"}}
	var movers []Mover = []Mover{p, n, &n.Sprite}
	path := Path{{1, 0}, {0, 2}, {-1, 1}}
	for _, m := range movers {
		path.Apply(m)
	}
	fmt.Println(p, p.Sprite, *n, n.Sprite.Name)
	for _, m := range movers {
		x, y := m.Pos()
		fmt.Printf("%T %d %d\n", m, x, y)
	}
	fmt.Println(n.Talk(), n.Talk(), n.Talk())

	sprites := []Sprite{{"a", 0, 0}, {"b", 1, 1}}
	for i := range sprites {
		sprites[i].Move(10, 10)
	}
	for _, s := range sprites {
		s.Move(100, 100)
	}
	fmt.Println(sprites)

	m := map[string]*Sprite{"x": {"x", 0, 0}}
	m["x"].Move(3, 4)
	fmt.Println(m["x"], *m["x"])

	move := p.Move
	move(7, 7)
	pos := p.Pos
	p.Move(1, 1)
	fmt.Println(pos())
	fmt.Println(p.Pos())

	var g Grid
	g.Set(0, 0, 'X')
	g.Set(1, 1, 'O')
	set := g.Set
	set(2, 2, 'X')
	gcopy := g
	gcopy.Set(2, 0, 'O')
	fmt.Print(g, gcopy)
	fn := (*Grid).Set
	fn(&g, 0, 2, '#')
	fmt.Print(g.String())
	str := Grid.String
	fmt.Println(len(str(g)))
	var mv Mover = &Sprite{Name: "anon"}
	if s, ok := mv.(fmt.Stringer); ok {
		mv.Move(-1, -1)
		fmt.Println(s, mv)
	}
}
