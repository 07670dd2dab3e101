package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
	"time"
)

type Customer struct {
	Name     string
	Tier     string
	Balance  int64
	LastPaid time.Time
	Items    []string
}

func (c Customer) DaysLate(now time.Time) int { return int(now.Sub(c.LastPaid).Hours() / 24) }

const letter = `{{- /* dunning letter */ -}}
Dear {{.C.Name}},
{{- if eq .C.Tier "gold"}} (valued Gold member){{end}}
{{$late := .C.DaysLate .Now -}}
{{if le .C.Balance 0 -}}
Your account is in good standing.
{{- else if lt $late 30 -}}
A balance of {{cents .C.Balance}} is due soon.
{{- else -}}
Your balance of {{cents .C.Balance}} is {{$late}} days overdue!
{{- end}}
{{with .C.Items}}Open items: {{range $i, $x := .}}{{if $i}}, {{end}}{{$x}}{{end}}.{{end}}
Regards, {{.From | printf "%q"}} on {{.Now.Format "Monday, 02-Jan-06"}}
`

func main() {
	now := time.Date(2024, 10, 15, 12, 0, 0, 0, time.UTC)
	t, err := template.New("l").Funcs(template.FuncMap{
		"cents": func(c int64) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) },
	}).Parse(letter)
	if err != nil {
		fmt.Println(err)
		return
	}
	cs := []Customer{
		{"Ana", "gold", 0, now.AddDate(0, 0, -5), nil},
		{"Ben", "basic", 12550, now.AddDate(0, 0, -12), []string{"INV-1"}},
		{"Cleo", "gold", 99999, now.AddDate(0, -2, 0), []string{"INV-7", "INV-9", "INV-12"}},
	}
	var buf bytes.Buffer
	for _, c := range cs {
		buf.Reset()
		if err := t.Execute(&buf, map[string]any{"C": c, "Now": now, "From": "Billing Dept"}); err != nil {
			fmt.Println("ERR:", err)
			continue
		}
		fmt.Print(buf.String())
		fmt.Println(strings.Repeat("~", 10))
	}
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println(err)
	err = template.Must(template.New("y").Parse("{{index .a 5}}")).Execute(&buf, map[string][]int{"a": {1}})
	fmt.Println(err)
}
