package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Stats struct {
	Name             string
	MP, W, D, L, Pts int
}

type Table map[string]*Stats

func (t Table) team(name string) *Stats {
	s, ok := t[name]
	if !ok {
		s = &Stats{Name: name}
		t[name] = s
	}
	return s
}

func Tally(r io.Reader, w io.Writer) error {
	t := Table{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			return fmt.Errorf("bad line %q", line)
		}
		a, b := t.team(parts[0]), t.team(parts[1])
		switch parts[2] {
		case "win":
			a.W++
			b.L++
		case "loss":
			a.L++
			b.W++
		case "draw":
			a.D++
			b.D++
		default:
			return fmt.Errorf("bad result %q", parts[2])
		}
		a.MP++
		b.MP++
	}
	rows := make([]*Stats, 0, len(t))
	for _, s := range t {
		s.Pts = 3*s.W + s.D
		rows = append(rows, s)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Pts != rows[j].Pts {
			return rows[i].Pts > rows[j].Pts
		}
		return rows[i].Name < rows[j].Name
	})
	fmt.Fprintf(w, "%-31s| MP |  W |  D |  L |  P\n", "Team")
	for _, s := range rows {
		fmt.Fprintf(w, "%-31s| %2d | %2d | %2d | %2d | %2d\n", s.Name, s.MP, s.W, s.D, s.L, s.Pts)
	}
	return nil
}

func main() {
	input := `
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
# comment line
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
`
	if err := Tally(strings.NewReader(input), os.Stdout); err != nil {
		fmt.Println(err)
	}
	var sb strings.Builder
	err := Tally(strings.NewReader("A;B;win\nA;B;maybe\n"), &sb)
	fmt.Printf("err=%v partial=%q\n", err, sb.String())
	err = Tally(strings.NewReader("A;B\n"), io.Discard)
	fmt.Println(err)
}
