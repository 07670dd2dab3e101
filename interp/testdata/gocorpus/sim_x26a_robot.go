package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"north", "east", "south", "west"}[d] }

type Pos struct{ X, Y int }

type Robot struct {
	Name string
	Pos
	Dir
}

func (r *Robot) Right() { r.Dir = (r.Dir + 1) % 4 }
func (r *Robot) Left()  { r.Dir = (r.Dir + 3) % 4 }
func (r *Robot) Advance() {
	switch r.Dir {
	case N:
		r.Y++
	case E:
		r.X++
	case S:
		r.Y--
	case W:
		r.X--
	}
}

type Action byte

func (r *Robot) Do(a Action) error {
	switch a {
	case 'R':
		r.Right()
	case 'L':
		r.Left()
	case 'A':
		r.Advance()
	default:
		return fmt.Errorf("robot %s: unknown action %q", r.Name, rune(a))
	}
	return nil
}

func Run(r *Robot, script string) (errs []error) {
	for i := 0; i < len(script); i++ {
		if err := r.Do(Action(script[i])); err != nil {
			errs = append(errs, err)
		}
	}
	return
}

func main() {
	robots := []*Robot{
		{Name: "Alpha", Pos: Pos{7, 3}, Dir: N},
		{Name: "Beta", Pos: Pos{0, 0}, Dir: W},
		{Name: "Gamma", Pos: Pos{-2, 5}, Dir: S},
	}
	scripts := []string{"RAALAL", "AAXRRA", "LLLLAAAARA?"}
	for i, r := range robots {
		errs := Run(r, scripts[i])
		fmt.Printf("%-6s at %v facing %v\n", r.Name, r.Pos, r.Dir)
		for _, e := range errs {
			fmt.Println("  error:", e)
		}
	}
	var sb strings.Builder
	for d := N; d <= W; d++ {
		fmt.Fprintf(&sb, "%d=%s ", d, d)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	r := Robot{Name: "Delta"}
	for range 4 {
		r.Advance()
		r.Right()
	}
	fmt.Printf("%+v\n", r)
}
