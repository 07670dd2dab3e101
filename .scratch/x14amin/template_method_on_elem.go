// go run:      Ann senior=true
// gobackprop:  exec error: template: t:1:40: executing "t" at <.Senior>: can't evaluate field
//
//	Senior in type struct { Name string; Salary int }   (both styles)
//	SILENT: no session error, the program's own error path runs. Passing an
//	Employee directly is refused clearly ("text/template cannot use the method
//	Senior of main.Employee ..."); inside a []Employee in a map[string]any the
//	guard does not fire and the method just vanishes. (A bare []Employee as the
//	data is also refused clearly; the hole is the map[string]any wrapper.)
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Employee struct {
	Name   string
	Salary int
}

func (e Employee) Senior() bool { return e.Salary >= 90000 }

func main() {
	t := template.Must(template.New("t").Parse("{{range .Staff}}{{.Name}} senior={{.Senior}}\n{{end}}"))
	data := map[string]any{"Staff": []Employee{{"Ann", 120000}}}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}
}
