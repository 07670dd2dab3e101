package main

import (
	"fmt"
	"strings"
)

type Tile rune

const (
	Wall  Tile = '#'
	Floor Tile = '.'
	Door  Tile = '+'
	Key   Tile = 'k'
	Gold  Tile = '$'
	Exit  Tile = '>'
)

type Event interface {
	Describe() string
}

type Pickup struct{ What Tile }
type Blocked struct{ By Tile }
type Escaped struct{ Gold int }

func (p Pickup) Describe() string  { return fmt.Sprintf("picked up %c", p.What) }
func (b Blocked) Describe() string { return fmt.Sprintf("blocked by %c", b.By) }
func (e Escaped) Describe() string { return fmt.Sprintf("escaped with %d gold", e.Gold) }

type Hero struct {
	X, Y int
	Keys int
	Gold int
}

type Level struct {
	grid [][]Tile
	hero Hero
}

func load(s string) *Level {
	l := &Level{}
	for y, line := range strings.Split(s, "\n") {
		row := []Tile(line)
		if x := strings.IndexRune(line, '@'); x >= 0 {
			l.hero = Hero{X: x, Y: y}
			row[x] = Floor
		}
		l.grid = append(l.grid, row)
	}
	return l
}

func (l *Level) step(dx, dy int) Event {
	nx, ny := l.hero.X+dx, l.hero.Y+dy
	t := l.grid[ny][nx]
	switch t {
	case Wall:
		return Blocked{t}
	case Door:
		if l.hero.Keys == 0 {
			return Blocked{t}
		}
		l.hero.Keys--
		l.grid[ny][nx] = Floor
	case Key, Gold:
		if t == Key {
			l.hero.Keys++
		} else {
			l.hero.Gold += 10
		}
		l.grid[ny][nx] = Floor
		l.hero.X, l.hero.Y = nx, ny
		return Pickup{t}
	case Exit:
		l.hero.X, l.hero.Y = nx, ny
		return Escaped{l.hero.Gold}
	}
	l.hero.X, l.hero.Y = nx, ny
	return nil
}

func (l *Level) show() {
	for y, row := range l.grid {
		line := string(row)
		if y == l.hero.Y {
			line = line[:l.hero.X] + "@" + line[l.hero.X+1:]
		}
		fmt.Println(line)
	}
}

func main() {
	l := load("#######\n#@.k#$#\n#.#.+.#\n#$..#>#\n#######")
	delta := map[rune][2]int{'h': {-1, 0}, 'l': {1, 0}, 'k': {0, -1}, 'j': {0, 1}}
	for _, c := range "llljjlllkjj" {
		d := delta[c]
		ev := l.step(d[0], d[1])
		fmt.Printf("%c -> %+v", c, l.hero)
		if ev != nil {
			fmt.Printf(" [%T] %s", ev, ev.Describe())
		}
		fmt.Println()
		if _, ok := ev.(Escaped); ok {
			break
		}
	}
	l.show()
}
