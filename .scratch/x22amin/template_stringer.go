// go run:      p=HIGH
// gobackprop:  no output; panic(*errors.errorString): text/template cannot use printing a value
//
//	of main.P, which prints with its String or Error method: the interpreter gives
//	templates values of a cell's types without their methods; ... (both styles; clear error)
package main

import (
	"os"
	"text/template"
)

type P int

func (p P) String() string { return "HIGH" }

func main() {
	template.Must(template.New("t").Parse("p={{.}}\n")).Execute(os.Stdout, P(3))
}
