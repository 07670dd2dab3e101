// Go prints "... can't evaluate field Missing in type main.Item"; the session silently names the type "struct { Name string }".
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Item struct{ Name string }

func main() {
	err := template.Must(template.New("t").Parse("{{.Missing}}")).Execute(os.Stdout, Item{})
	fmt.Println(err)
}
