package main

import (
	"fmt"
	"strings"
)

type pos struct{ r, c int }

type Sokoban struct {
	walls   map[pos]bool
	goals   map[pos]bool
	boxes   map[pos]bool
	player  pos
	h, w    int
	history []string
}

func New(lvl string) *Sokoban {
	s := &Sokoban{walls: map[pos]bool{}, goals: map[pos]bool{}, boxes: map[pos]bool{}}
	lines := strings.Split(lvl, "\n")
	s.h = len(lines)
	for r, line := range lines {
		s.w = max(s.w, len(line))
		for c, ch := range line {
			p := pos{r, c}
			switch ch {
			case '#':
				s.walls[p] = true
			case '.':
				s.goals[p] = true
			case '$':
				s.boxes[p] = true
			case '*':
				s.boxes[p], s.goals[p] = true, true
			case '@':
				s.player = p
			}
		}
	}
	return s
}

func (s *Sokoban) Move(d byte) bool {
	dv := map[byte]pos{'u': {-1, 0}, 'd': {1, 0}, 'l': {0, -1}, 'r': {0, 1}}[d]
	next := pos{s.player.r + dv.r, s.player.c + dv.c}
	if s.walls[next] {
		return false
	}
	if s.boxes[next] {
		beyond := pos{next.r + dv.r, next.c + dv.c}
		if s.walls[beyond] || s.boxes[beyond] {
			return false
		}
		delete(s.boxes, next)
		s.boxes[beyond] = true
		d -= 'a' - 'A'
	}
	s.player = next
	s.history = append(s.history, string(d))
	return true
}

func (s *Sokoban) Solved() bool {
	for b := range s.boxes {
		if !s.goals[b] {
			return false
		}
	}
	return true
}

func (s *Sokoban) String() string {
	var sb strings.Builder
	for r := 0; r < s.h; r++ {
		for c := 0; c < s.w; c++ {
			p := pos{r, c}
			ch := ' '
			switch {
			case s.walls[p]:
				ch = '#'
			case p == s.player:
				ch = '@'
			case s.boxes[p] && s.goals[p]:
				ch = '*'
			case s.boxes[p]:
				ch = '$'
			case s.goals[p]:
				ch = '.'
			}
			sb.WriteRune(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := New("#######\n#.  $@#\n# $   #\n#.  # #\n#######")
	fmt.Print(g)
	for _, m := range []byte("lllldrrdlurrrrdlll") {
		ok := g.Move(m)
		if !ok {
			fmt.Printf("%c blocked\n", m)
			continue
		}
		fmt.Printf("%c\n%v", m, g)
		if g.Solved() {
			fmt.Println("solved:", strings.Join(g.history, ""))
			break
		}
	}
}
