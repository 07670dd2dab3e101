// Reduction of text_x28b_template.go (both styles). SILENT: no error, different output.
// Go prints:
//
//	error: template: u:1:2: executing "u" at <.notes>: notes is an unexported field of struct type main.Item
//
// Session prints (both styles):
//
//	error: template: u:1:2: executing "u" at <.notes>: can't evaluate field notes in type main.Item
//
// text/template does not find the unexported field on the session's struct type. A direct
// reflect check (reflect.TypeOf(Item{}).FieldByName("notes"), PkgPath, IsExported) agrees with Go.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Item struct {
	Name  string
	notes string
}

func main() {
	t := template.Must(template.New("u").Parse("{{.notes}}"))
	err := t.Execute(os.Stdout, Item{notes: "n"})
	fmt.Println("error:", err)
}
