package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Result struct {
	Problem    string
	Difficulty string
	Cases      []Case
	Complexity map[string]string
}

type Case struct {
	Input string
	Got   int
	Want  int
}

func (c Case) OK() bool { return c.Got == c.Want }

func climbStairs(n int) int {
	a, b := 1, 1
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}

func rob(nums []int) int {
	prev, cur := 0, 0
	for _, n := range nums {
		prev, cur = cur, max(cur, prev+n)
	}
	return cur
}

const report = `{{define "case"}}{{if .OK}}PASS{{else}}FAIL{{end}} {{printf "%-12s" .Input}} got={{.Got}} want={{.Want}}{{end -}}
{{range $i, $r := .}}{{if $i}}
{{end}}## {{$r.Problem | upper}} [{{$r.Difficulty}}]
{{range $r.Cases}}- {{template "case" .}}
{{end}}{{with $r.Complexity}}complexity: {{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{else}}complexity: n/a{{end}}
passed {{passed $r.Cases}}/{{len $r.Cases}}
{{end}}`

func main() {
	var stairs []Case
	for n, want := range []int{1, 1, 2, 3, 5, 8} {
		stairs = append(stairs, Case{Input: fmt.Sprint("n=", n), Got: climbStairs(n), Want: want})
	}
	robCases := []struct {
		in   []int
		want int
	}{{[]int{1, 2, 3, 1}, 4}, {[]int{2, 7, 9, 3, 1}, 12}, {[]int{2, 1, 1, 2}, 3}}
	var robbed []Case
	for _, c := range robCases {
		in := strings.ReplaceAll(strings.Trim(fmt.Sprint(c.in), "[]"), " ", ",")
		robbed = append(robbed, Case{Input: in, Got: rob(c.in), Want: c.want})
	}
	results := []Result{
		{"Climbing Stairs", "easy", stairs, map[string]string{"time": "O(n)", "space": "O(1)"}},
		{"House Robber", "medium", robbed, nil},
	}
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"passed": func(cs []Case) int {
			n := 0
			for _, c := range cs {
				if c.OK() {
					n++
				}
			}
			return n
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	if err := t.Execute(os.Stdout, results); err != nil {
		panic(err)
	}
	err := template.Must(template.New("bad").Parse("{{.Missing}}\n")).Execute(os.Stdout, results[0])
	os.Stdout.WriteString("error: " + err.Error() + "\n")
}
