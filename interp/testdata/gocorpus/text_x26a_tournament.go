package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type record struct {
	name            string
	played, w, d, l int
}

func (r record) points() int { return 3*r.w + r.d }

var errBadLine = errors.New("bad line")

func Tally(in io.Reader, out io.Writer) error {
	table := map[string]*record{}
	get := func(n string) *record {
		if r, ok := table[n]; ok {
			return r
		}
		r := &record{name: n}
		table[n] = r
		return r
	}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			return fmt.Errorf("%w: %q", errBadLine, line)
		}
		a, b := get(parts[0]), get(parts[1])
		a.played++
		b.played++
		switch parts[2] {
		case "win":
			a.w++
			b.l++
		case "loss":
			a.l++
			b.w++
		case "draw":
			a.d++
			b.d++
		default:
			return fmt.Errorf("%w: result %q", errBadLine, parts[2])
		}
	}
	rows := make([]record, 0, len(table))
	for _, r := range table {
		rows = append(rows, *r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].points() != rows[j].points() {
			return rows[i].points() > rows[j].points()
		}
		return rows[i].name < rows[j].name
	})
	fmt.Fprintf(out, "%-31s| MP |  W |  D |  L |  P\n", "Team")
	for _, r := range rows {
		fmt.Fprintf(out, "%-31s| %2d | %2d | %2d | %2d | %2d\n", r.name, r.played, r.w, r.d, r.l, r.points())
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
	var buf bytes.Buffer
	if err := Tally(strings.NewReader(input), &buf); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(buf.String())
	for _, bad := range []string{"A;B;tie", "A;B"} {
		buf.Reset()
		err := Tally(strings.NewReader(bad), &buf)
		fmt.Println(err, errors.Is(err, errBadLine))
	}
}
