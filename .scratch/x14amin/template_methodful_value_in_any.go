// go run:      Ann 120000
// gobackprop:  exec error: template: t:1:7: executing "t" at <.Boss.Name>: can't evaluate field
//
//	Name in type interface {}   (both styles; SILENT: the program's own error path)
//	Same family as template_method_on_elem.go, but here even a FIELD is lost: a
//	value of a cell type that has any method (Senior is never used by the template)
//	stored in an `any` slot (map[string]any, []any) reaches text/template as an
//	opaque interface{}. Delete the Senior method and the session agrees.
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
	t := template.Must(template.New("t").Parse("{{.Boss.Name}} {{.Boss.Salary}}\n"))
	if err := t.Execute(os.Stdout, map[string]any{"Boss": Employee{"Ann", 120000}}); err != nil {
		fmt.Println("exec error:", err)
	}
}
