package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Problem struct {
	Name   string
	Coins  []int
	Amount int
	Table  []int
	Used   map[int]int
}

func coinChange(coins []int, amount int) ([]int, map[int]int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				last[i] = c
			}
		}
	}
	used := map[int]int{}
	for a := amount; a > 0 && dp[amount] < inf; a -= last[a] {
		used[last[a]]++
	}
	return dp, used
}

const report = `{{define "row"}}{{range $i, $v := .}}{{if $i}} {{end}}{{printf "%2d" $v}}{{end}}{{end -}}
== {{.Name | upper}} ==
coins: {{join .Coins ", "}}  amount: {{.Amount}}
table: {{template "row" .Table}}
{{- with .Used}}
used:{{range $coin, $n := .}} {{$n}}x{{$coin}}{{end}}
{{- else}}
no solution
{{- end}}
best: {{index .Table .Amount}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join": func(xs []int, sep string) string {
			s := make([]string, len(xs))
			for i, x := range xs {
				s[i] = fmt.Sprint(x)
			}
			return strings.Join(s, sep)
		},
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	for _, p := range []Problem{
		{Name: "us coins", Coins: []int{1, 5, 10, 25}, Amount: 30},
		{Name: "odd coins", Coins: []int{1, 3, 4}, Amount: 6},
		{Name: "no ones", Coins: []int{5, 7}, Amount: 9},
	} {
		p.Table, p.Used = coinChange(p.Coins, p.Amount)
		if err := t.Execute(os.Stdout, p); err != nil {
			fmt.Println("template error:", err)
		}
	}
	err := template.Must(template.New("bad").Parse("{{.Missing}}\n")).Execute(os.Stdout, Problem{})
	fmt.Println("error:", err)
}
