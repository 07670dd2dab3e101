// Exercises: text/template calling methods and fields of user types.
package main

import (
	"os"
	"strings"
	"text/template"
)

type User struct {
	First, Last string
	Age         int
}

func (u User) FullName() string             { return u.First + " " + u.Last }
func (u User) IsAdult() bool                { return u.Age >= 18 }
func (u *User) Initials() string            { return u.First[:1] + u.Last[:1] }
func (u User) Greet(greeting string) string { return greeting + ", " + strings.ToUpper(u.First) }

const tpl = `Name: {{.FullName}} ({{.Age}})
Initials: {{.Initials}}
{{if .IsAdult}}adult{{else}}minor{{end}}
{{.Greet "Hello"}}
`

func main() {
	t := template.Must(template.New("user").Parse(tpl))
	t.Execute(os.Stdout, &User{"grace", "hopper", 85})
	t.Execute(os.Stdout, &User{"tim", "young", 12})
}
