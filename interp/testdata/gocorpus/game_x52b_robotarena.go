package main

import (
	"fmt"
	"strings"
)

type Robot interface {
	Name() string
	Act(turn int) string
}

type base struct {
	name string
	x, y int
}

func (b *base) Name() string { return b.name }
func (b *base) Pos() string  { return fmt.Sprintf("(%d,%d)", b.x, b.y) }

type Walker struct {
	base
	path string
}

func (w *Walker) Act(turn int) string {
	c := w.path[turn%len(w.path)]
	switch c {
	case 'N':
		w.y--
	case 'S':
		w.y++
	case 'E':
		w.x++
	case 'W':
		w.x--
	}
	return fmt.Sprintf("walks %c to %s", c, w.Pos())
}

type Turret struct {
	base
	ammo int
}

func (t *Turret) Act(turn int) string {
	if t.ammo == 0 {
		return "clicks (empty)"
	}
	t.ammo--
	return fmt.Sprintf("fires, %d left", t.ammo)
}

type Logger struct {
	Robot
	lines []string
}

func (l *Logger) Act(turn int) string {
	s := l.Robot.Act(turn)
	l.lines = append(l.lines, fmt.Sprintf("t%d:%s", turn, s))
	return strings.ToUpper(s[:1]) + s[1:]
}

func main() {
	w := &Walker{base{"walky", 0, 0}, "NNEESW"}
	lg := &Logger{Robot: w}
	bots := []Robot{lg, &Turret{base{"tur", 5, 5}, 2}}
	for turn := 0; turn < 4; turn++ {
		for _, b := range bots {
			fmt.Printf("%d %-6s %s\n", turn, b.Name(), b.Act(turn))
		}
	}
	for _, b := range bots {
		switch v := b.(type) {
		case *Logger:
			fmt.Println(v.Name(), "log:", v.lines)
			if inner, ok := v.Robot.(*Walker); ok {
				fmt.Println("  inner at", inner.Pos())
			}
		case *Turret:
			fmt.Printf("%s at %s ammo=%d %+v\n", v.Name(), v.Pos(), v.ammo, *v)
		}
	}
	type poser interface{ Pos() string }
	_, ok := bots[0].(poser)
	_, ok2 := bots[1].(poser)
	fmt.Println(ok, ok2)
}
