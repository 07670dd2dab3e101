// Go prints "{Name:r count:2} main.rec"; the session prints "{Name:r Xcount:2} struct { Name string; Xcount int }" (fmt inside text/template sees yaegi's struct type).
package main

import (
	"os"
	"text/template"
)

type rec struct {
	Name  string
	count int
}

func main() {
	t := template.Must(template.New("x").Parse("{{printf \"%+v %T\" . .}}\n"))
	t.Execute(os.Stdout, rec{"r", 2})
}
