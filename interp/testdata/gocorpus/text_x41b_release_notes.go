package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type ChangeKind int

const (
	Feature ChangeKind = iota
	Fix
	Breaking
)

func (k ChangeKind) String() string {
	return [...]string{"Features", "Bug fixes", "Breaking changes"}[k]
}

type Change struct {
	Kind    ChangeKind
	Scope   string
	Summary string
	PR      int
	Authors []string
}

type Section struct {
	Kind    ChangeKind
	Changes []Change
}

type Release struct {
	Version  string
	Date     string
	Sections []Section
	Thanks   map[string]int
}

func (r Release) Total() (n int) {
	for _, s := range r.Sections {
		n += len(s.Changes)
	}
	return
}

const notes = `{{define "change"}}- {{if .Scope}}**{{.Scope}}**: {{end}}{{.Summary}} (#{{.PR}}){{if gt (len .Authors) 1}} [{{join .Authors ", "}}]{{end}}{{end -}}
# {{.Version}} ({{.Date}})
{{range .Sections}}
## {{.Kind}}
{{range .Changes}}{{template "change" .}}
{{end}}{{end}}
{{- with .Thanks}}
Thanks to {{len .}} contributors:{{range $name, $n := .}} {{$name}}({{$n}}){{end}}
{{end}}
{{- if eq .Total 0}}Nothing to see here.{{else}}{{.Total}} changes in total.{{end}}
{{printf "%-6s|" "end"}} {{"quoted" | printf "%q"}} {{index .Thanks "ana"}} {{slice .Version 1 3}} {{and 1 0}} {{or 0 "x"}} {{not true}}
`

func build(version, date string, changes []Change) Release {
	r := Release{Version: version, Date: date, Thanks: map[string]int{}}
	byKind := map[ChangeKind][]Change{}
	for _, c := range changes {
		byKind[c.Kind] = append(byKind[c.Kind], c)
		for _, a := range c.Authors {
			r.Thanks[a]++
		}
	}
	for _, k := range []ChangeKind{Breaking, Feature, Fix} {
		cs := byKind[k]
		if len(cs) == 0 {
			continue
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].PR < cs[j].PR })
		r.Sections = append(r.Sections, Section{k, cs})
	}
	return r
}

func main() {
	t := template.Must(template.New("notes").Funcs(template.FuncMap{"join": strings.Join}).Parse(notes))
	changes := []Change{
		{Fix, "parser", "handle empty input", 42, []string{"ana"}},
		{Feature, "", "add dark mode", 40, []string{"bo", "ana"}},
		{Breaking, "api", "remove v1 endpoints", 38, []string{"cy"}},
		{Feature, "cli", "new --json flag", 45, []string{"ana", "cy", "dee"}},
		{Fix, "", "typo in help", 39, []string{"dee"}},
	}
	if err := t.Execute(os.Stdout, build("v2.0.0", "2024-06-01", changes)); err != nil {
		fmt.Println("error:", err)
	}
	if err := t.Execute(os.Stdout, build("v2.0.1", "2024-06-02", nil)); err != nil {
		fmt.Println("error:", err)
	}
	names := t.Templates()
	var list []string
	for _, n := range names {
		list = append(list, n.Name())
	}
	sort.Strings(list)
	fmt.Println(list, t.Lookup("change") != nil, t.Lookup("nope") == nil)
	_, err := template.New("broken").Parse("{{if}}")
	fmt.Println(err)
	err = template.Must(template.New("x").Parse("{{.Nope}}")).Execute(os.Stdout, changes[0])
	fmt.Println()
	fmt.Println(err)
}
