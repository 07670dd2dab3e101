package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Animal struct {
	Name    string
	Species string
	Age     int
	Diet    []string
	Vet     *Vet
}

type Vet struct{ Name string }

func (a Animal) IsSenior() bool { return a.Age >= 10 }

func (a Animal) Describe(prefix string) string {
	return prefix + " " + a.Name + " the " + a.Species
}

type Zoo struct {
	Name    string
	Animals []Animal
	Hours   map[string]string
}

const layout = `{{define "animal"}}{{.Name}} ({{.Species}}, {{.Age}}y){{if .IsSenior}} *senior*{{end}}{{end}}
{{- define "diet"}}{{range $i, $d := .}}{{if $i}}, {{end}}{{$d}}{{end}}{{end}}
{{- define "main"}}== {{.Name}} ==
{{range .Animals}}- {{template "animal" .}} eats {{template "diet" .Diet}}{{with .Vet}} [vet: {{.Name}}]{{else}} [no vet]{{end}}
{{end}}Hours:{{range $day, $h := .Hours}} {{$day}}={{$h}}{{end}}
Count: {{len .Animals}}; first: {{(index .Animals 0).Describe "Meet"}}
{{end}}`

func main() {
	zoo := Zoo{
		Name: "Riverside Zoo",
		Animals: []Animal{
			{"Leo", "lion", 12, []string{"beef", "chicken"}, &Vet{"Dr. Ames"}},
			{"Pip", "penguin", 3, []string{"fish"}, nil},
			{"Ella", "elephant", 25, []string{"hay", "fruit", "bark"}, &Vet{"Dr. Bo"}},
		},
		Hours: map[string]string{"sat": "9-18", "mon": "closed", "fri": "10-17"},
	}
	t := template.Must(template.New("zoo").Parse(layout))
	if err := t.ExecuteTemplate(os.Stdout, "main", zoo); err != nil {
		fmt.Println("error:", err)
	}

	funcs := template.FuncMap{
		"join":  strings.Join,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"add":   func(a, b int) int { return a + b },
	}
	t2 := template.Must(template.New("short").Funcs(funcs).Parse(
		`{{range $i, $a := .}}{{add $i 1}}. {{title $a.Species}}: {{join $a.Diet "/"}}{{"\n"}}{{end}}`))
	_ = t2.Execute(os.Stdout, zoo.Animals)

	t3, err := template.New("broken").Parse("{{range .}}{{.Name}")
	fmt.Println(t3 == nil, err != nil)
	t4 := template.Must(template.New("x").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t4.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("exec error:", err != nil)
	t5 := template.Must(template.New("v").Parse(`{{$x := 5}}{{if gt $x 3}}big{{end}} {{printf "%05.1f|%q" 3.14159 "hi"}} {{.}}{{"\n"}}`))
	_ = t5.Execute(os.Stdout, []int{1, 2})
}
