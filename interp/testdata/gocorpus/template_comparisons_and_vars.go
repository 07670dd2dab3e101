// Exercises: text/template comparison functions eq/lt/and/or, variables and html escaping func.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Score struct {
	Player string
	Points int
}

func main() {
	const src = `{{$max := 50}}{{range .}}{{.Player}}: {{if ge .Points $max}}high{{else if lt .Points 10}}low{{else}}mid{{end}}{{if and (gt .Points 0) (ne .Player "bot")}} *{{end}}
{{end}}{{html "<tag>"}} {{js "it's"}} {{print 1 2 "x"}} {{not true}}
`
	t, err := template.New("s").Parse(src)
	if err != nil {
		fmt.Println(err)
	}
	var sb strings.Builder
	err = t.Execute(&sb, []Score{{"ann", 77}, {"bot", 30}, {"cid", 3}, {"dee", 0}})
	fmt.Print(sb.String())
	fmt.Println(err)
	_, err = template.New("bad").Parse("{{.Missing")
	fmt.Println(err != nil)
}
