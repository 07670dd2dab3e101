package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Date   string
	Desc   string
	Amount int64
}

type Statement struct {
	Holder  string
	Account string
	Opening int64
	Lines   []Line
}

func (s Statement) Closing() int64 {
	b := s.Opening
	for _, l := range s.Lines {
		b += l.Amount
	}
	return b
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

const tmpl = `Statement for {{.Holder | upper}} ({{.Account}})
Opening balance: {{money .Opening}}
{{range $i, $l := .Lines -}}
{{printf "%2d" (inc $i)}}. {{$l.Date}} {{printf "%-22s" $l.Desc}} {{printf "%10s" (money $l.Amount)}}{{if lt $l.Amount 0}} DR{{end}}
{{else -}}
  (no activity)
{{end -}}
Closing balance: {{money .Closing}}
{{with .Lines}}{{len .}} transactions{{end}}
`

func main() {
	funcs := template.FuncMap{
		"money": money,
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("stmt").Funcs(funcs).Parse(tmpl))
	s := Statement{
		Holder: "Jane Q. Public", Account: "CHK-0042", Opening: 154320,
		Lines: []Line{
			{"2024-03-01", "Payroll deposit", 325000},
			{"2024-03-03", "Rent", -180000},
			{"2024-03-07", "Coffee & Co", -475},
			{"2024-03-15", "Utility - electric", -8912},
			{"2024-03-28", "Interest", 37},
		},
	}
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println("error:", err)
	}
	empty := Statement{Holder: "nobody", Account: "SAV-1"}
	if err := t.Execute(os.Stdout, empty); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err != nil)
}
