package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Avg() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, x := range s.Scores {
		t += x
	}
	return float64(t) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	}
	return "F"
}

const report = `Course: {{.Course | upper}}
{{range $i, $s := .Students -}}
{{inc $i}}. {{printf "%-6s" $s.Name}} avg={{printf "%5.1f" $s.Avg}} grade={{letter $s.Avg}}{{if not $s.Scores}} (no scores){{end}}
{{end -}}
{{with .Note}}Note: {{.}}
{{else}}No note.
{{end -}}
Total students: {{len .Students}}
`

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"letter": letter,
		"inc":    func(i int) int { return i + 1 },
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Course": "intro to go",
		"Students": []Student{
			{"Ana", []int{95, 88, 92}},
			{"Ben", []int{72, 65, 80}},
			{"Cleo", nil},
			{"Dev", []int{85, 85, 86}},
		},
		"Note": "",
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data["Note"] = "final exam next week"
	var sb strings.Builder
	tmpl.Execute(&sb, data)
	lines := strings.Split(strings.TrimSpace(sb.String()), "\n")
	fmt.Println(lines[len(lines)-2])
	t2 := template.Must(template.New("x").Parse(`{{define "row"}}[{{.}}]{{end}}{{range .}}{{template "row" .}}{{end}}` + "\n"))
	t2.Execute(os.Stdout, []string{"a", "b", "c"})
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("m").Parse("{{.Missing.Field}}\n")).Execute(os.Stdout, data)
	fmt.Println("exec err:", err)
}
