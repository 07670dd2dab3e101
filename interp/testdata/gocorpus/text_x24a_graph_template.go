package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Vertex struct {
	Name  string
	Edges []*Vertex
	Level int
}

func (v *Vertex) OutDegree() int { return len(v.Edges) }

type Network struct {
	Title    string
	Vertices []*Vertex
	index    map[string]*Vertex
}

func (n *Network) V(name string) *Vertex {
	if v, ok := n.index[name]; ok {
		return v
	}
	v := &Vertex{Name: name, Level: -1}
	n.index[name] = v
	n.Vertices = append(n.Vertices, v)
	return v
}

func (n *Network) Link(spec string) {
	for _, part := range strings.Split(spec, ";") {
		from, tos, _ := strings.Cut(strings.TrimSpace(part), ":")
		src := n.V(from)
		for _, to := range strings.Split(tos, ",") {
			src.Edges = append(src.Edges, n.V(to))
		}
	}
}

func (n *Network) Levels(root string) map[int][]string {
	start := n.V(root)
	start.Level = 0
	q := []*Vertex{start}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, w := range u.Edges {
			if w.Level < 0 {
				w.Level = u.Level + 1
				q = append(q, w)
			}
		}
	}
	out := map[int][]string{}
	for _, v := range n.Vertices {
		out[v.Level] = append(out[v.Level], v.Name)
	}
	for _, names := range out {
		sort.Strings(names)
	}
	return out
}

var funcs = template.FuncMap{
	"names": func(vs []*Vertex) string {
		s := make([]string, len(vs))
		for i, v := range vs {
			s[i] = v.Name
		}
		return strings.Join(s, ", ")
	},
	"repeat": strings.Repeat,
}

const tpl = `== {{.Title}} ({{len .Vertices}} vertices) ==
{{range $i, $v := .Vertices}}{{printf "%2d" $i}}. {{$v.Name | printf "%-6s"}} lvl={{if lt $v.Level 0}}unreached{{else}}{{$v.Level}}{{end}} {{repeat "*" $v.OutDegree}}{{with $v.Edges}} -> {{names .}}{{else}} (sink){{end}}
{{end}}{{range $lvl, $names := .Levels}}level {{$lvl}}: {{join $names "+"}}
{{end}}`

func main() {
	n := &Network{Title: "campus", index: map[string]*Vertex{}}
	n.Link("gate:library,cafe; library:lab,cafe; cafe:dorm; lab:dorm,gym; gym:pool; annex:pool")
	levels := n.Levels("gate")
	t := template.Must(template.New("net").Funcs(funcs).Funcs(template.FuncMap{"join": strings.Join}).Parse(tpl))
	err := t.Execute(os.Stdout, map[string]any{
		"Title":    n.Title,
		"Vertices": n.Vertices,
		"Levels":   levels,
	})
	fmt.Println("err:", err)
	err = template.Must(template.New("bad").Parse("{{.Missing.Field}}\n")).Execute(os.Stdout, n)
	fmt.Println("err:", err)
}
