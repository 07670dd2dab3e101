package main

import (
	"os"
	"strings"
	"text/template"
)

type Cell struct {
	Ch   rune
	Seen bool
}

type Board struct {
	Title string
	Rows  [][]Cell
	Stats map[string]int
}

func (b Board) Width() int { return len(b.Rows[0]) }

const page = `== {{.Title | upper}} ({{len .Rows}}x{{.Width}}) ==
{{range $r, $row := .Rows}}{{printf "%02d" $r}} {{range $row}}{{if .Seen}}[{{printf "%c" .Ch}}]{{else}} {{printf "%c" .Ch}} {{end}}{{end}}
{{end}}{{- with .Stats}}stats:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "end"}}
{{- /* a comment */ -}}
{{$n := 0}}{{range .Rows}}{{$n = add $n (len .)}}{{end}}
cells: {{$n}}{{if and (gt $n 10) (lt $n 100)}} (medium){{else if ge $n 100}} (large){{end}}
`

const maze = `#.###
#..##
##.A#
#..B#`

func main() {
	var b Board
	b.Title = "visited maze"
	b.Stats = map[string]int{}
	for _, l := range strings.Split(maze, "\n") {
		var row []Cell
		for _, ch := range l {
			row = append(row, Cell{Ch: ch})
			b.Stats[string(ch)]++
		}
		b.Rows = append(b.Rows, row)
	}
	r, c := 0, 1
	for steps := 0; steps < 10; steps++ {
		b.Rows[r][c].Seen = true
		moved := false
		for _, d := range [][2]int{{1, 0}, {0, 1}, {0, -1}, {-1, 0}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < len(b.Rows) && nc >= 0 && nc < b.Width() && b.Rows[nr][nc].Ch != '#' && !b.Rows[nr][nc].Seen {
				r, c, moved = nr, nc, true
				break
			}
		}
		if !moved {
			break
		}
	}
	funcs := template.FuncMap{"upper": strings.ToUpper, "add": func(a, b int) int { return a + b }}
	t := template.Must(template.New("p").Funcs(funcs).Parse(page))
	if err := t.Execute(os.Stdout, b); err != nil {
		panic(err)
	}
}
