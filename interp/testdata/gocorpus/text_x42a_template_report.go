package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/template"
)

const input = `alice 1500 AC
bob 1320 WA
carol 1710 AC
dave 980 TLE
erin 1500 AC
frank 1200 RE`

type Row struct {
	Rank   int
	Name   string
	Rating int
	Result string
}

func (r Row) Passed() bool { return r.Result == "AC" }

const tpl = `Standings ({{len .Rows}} contestants)
{{range .Rows -}}
{{printf "%2d" .Rank}}. {{.Name | printf "%-6s"}} {{.Rating}}{{if .Passed}} ok{{else}} {{lower .Result}}{{end}}
{{end -}}
{{with .Best}}Top: {{.Name}} ({{.Rating}}){{end}}
Accepted: {{join .Accepted ", "}}
`

func main() {
	var rows []Row
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		r, err := strconv.Atoi(f[1])
		if err != nil {
			panic(err)
		}
		rows = append(rows, Row{Name: f[0], Rating: r, Result: f[2]})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Rating > rows[j].Rating })
	var acc []string
	for i := range rows {
		rows[i].Rank = i + 1
		if i > 0 && rows[i].Rating == rows[i-1].Rating {
			rows[i].Rank = rows[i-1].Rank
		}
		if rows[i].Passed() {
			acc = append(acc, rows[i].Name)
		}
	}
	funcs := template.FuncMap{"lower": strings.ToLower, "join": strings.Join}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tpl))
	data := struct {
		Rows     []Row
		Best     *Row
		Accepted []string
	}{rows, &rows[0], acc}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing}}\n")).Execute(os.Stdout, rows[0])
	fmt.Println("exec error:", err)
}
