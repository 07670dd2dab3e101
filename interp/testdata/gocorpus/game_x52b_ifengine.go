package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Scene struct {
	ID      string
	Text    string
	Choices []Choice
}

type Choice struct {
	Key, Label, To string
	Needs          string
}

type State struct {
	Scene  *Scene
	Flags  map[string]bool
	Health int
}

const tmpl = `== {{.Scene.ID | upper}} ==
{{.Scene.Text}}
{{range $i, $c := .Scene.Choices}}{{if or (not $c.Needs) (index $.Flags $c.Needs)}}  [{{$c.Key}}] {{$c.Label}}
{{end}}{{end}}HP: {{.Health}}{{if .Flags.torch}} (torch lit){{end}}
`

func main() {
	scenes := map[string]*Scene{}
	add := func(s *Scene) { scenes[s.ID] = s }
	add(&Scene{"gate", "A rusty gate blocks the path.", []Choice{{"o", "Open the gate", "yard", ""}, {"c", "Climb the wall", "yard", ""}}})
	add(&Scene{"yard", "An overgrown yard. A shed stands nearby.", []Choice{{"s", "Search the shed", "shed", ""}, {"d", "Enter the dark tower", "tower", "torch"}}})
	add(&Scene{"shed", "You find a torch and light it.", []Choice{{"b", "Back to the yard", "yard", ""}}})
	add(&Scene{"tower", "The tower top. You see the sea. The end.", nil})

	t := template.Must(template.New("scene").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tmpl))
	st := &State{Scene: scenes["gate"], Flags: map[string]bool{"torch": false}, Health: 10}
	input := []string{"c", "d", "s", "b", "x", "d"}
	for _, in := range input {
		if err := t.Execute(os.Stdout, st); err != nil {
			fmt.Println("template error:", err)
			return
		}
		fmt.Println("> " + in)
		moved := false
		for _, c := range st.Scene.Choices {
			if c.Key != in {
				continue
			}
			if c.Needs != "" && !st.Flags[c.Needs] {
				fmt.Println("You can't do that yet.")
				break
			}
			if c.Key == "c" {
				st.Health -= 2
			}
			st.Scene = scenes[c.To]
			if st.Scene.ID == "shed" {
				st.Flags["torch"] = true
			}
			moved = true
			break
		}
		if !moved {
			fmt.Println("Nothing happens.")
		}
	}
	if err := t.Execute(os.Stdout, st); err != nil {
		fmt.Println(err)
	}
}
