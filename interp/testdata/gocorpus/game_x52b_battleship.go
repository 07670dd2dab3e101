package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Ship struct {
	Name  string
	Cells []string
	Hits  map[string]bool
}

func (s *Ship) Sunk() bool { return len(s.Hits) == len(s.Cells) }

type Fleet []*Ship

func (f Fleet) Fire(at string) (string, error) {
	at = strings.ToUpper(at)
	if len(at) < 2 || at[0] < 'A' || at[0] > 'H' {
		return "", fmt.Errorf("bad coordinate %q", at)
	}
	if n, err := strconv.Atoi(at[1:]); err != nil || n < 1 || n > 8 {
		return "", fmt.Errorf("bad row in %q", at)
	}
	for _, s := range f {
		if slices.Contains(s.Cells, at) {
			if s.Hits[at] {
				return "already hit", nil
			}
			s.Hits[at] = true
			if s.Sunk() {
				return "sunk " + s.Name, nil
			}
			return "hit", nil
		}
	}
	return "miss", nil
}

func (f Fleet) Alive() int {
	n := 0
	for _, s := range f {
		if !s.Sunk() {
			n++
		}
	}
	return n
}

func (f Fleet) Grid(shots map[string]string) string {
	var b strings.Builder
	b.WriteString("  12345678\n")
	for r := 'A'; r <= 'H'; r++ {
		b.WriteRune(r)
		b.WriteByte(' ')
		for c := 1; c <= 8; c++ {
			k := string(r) + strconv.Itoa(c)
			switch res := shots[k]; {
			case res == "miss":
				b.WriteByte('o')
			case res != "":
				b.WriteByte('X')
			default:
				b.WriteByte('~')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	mk := func(name string, cells ...string) *Ship { return &Ship{name, cells, map[string]bool{}} }
	fleet := Fleet{mk("destroyer", "B2", "B3"), mk("cruiser", "D5", "E5", "F5"), mk("sub", "H8")}
	shots := map[string]string{}
	for _, s := range []string{"a1", "b2", "b3", "Z9", "b3", "d5", "c0", "e5", "f5", "h8"} {
		res, err := fleet.Fire(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		shots[strings.ToUpper(s)] = res
		fmt.Printf("%-3s %-14s ships afloat: %d\n", s, res, fleet.Alive())
		if fleet.Alive() == 0 {
			fmt.Println("fleet destroyed")
			break
		}
	}
	fmt.Print(fleet.Grid(shots))
}
