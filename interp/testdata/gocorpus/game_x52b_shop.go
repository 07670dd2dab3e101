package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price int
	Stock int
}

func (i Item) Label() string {
	if i.Stock == 0 {
		return i.Name + " (sold out)"
	}
	return i.Name
}

type Shop struct {
	Owner string
	Items []*Item
	Gold  int
	Bag   []string
}

func (s *Shop) Buy(name string) error {
	for _, it := range s.Items {
		if !strings.EqualFold(it.Name, name) {
			continue
		}
		switch {
		case it.Stock == 0:
			return fmt.Errorf("%s is sold out", it.Name)
		case it.Price > s.Gold:
			return fmt.Errorf("%s costs %d, you have %d", it.Name, it.Price, s.Gold)
		}
		it.Stock--
		s.Gold -= it.Price
		s.Bag = append(s.Bag, it.Name)
		return nil
	}
	return fmt.Errorf("%q is not for sale", name)
}

var page = template.Must(template.New("shop").Funcs(template.FuncMap{
	"join": strings.Join,
	"pad":  func(n int, s string) string { return fmt.Sprintf("%-*s", n, s) },
}).Parse(`{{define "item"}}{{pad 18 .Label}} {{printf "%3d" .Price}}g x{{.Stock}}{{end -}}
{{.Owner}}'s shop -- you have {{.Gold}} gold
{{range $i, $it := .Items}}{{$i}}. {{template "item" $it}}
{{else}}nothing for sale
{{end}}{{with .Bag}}bag: {{join . ", "}}{{else}}bag: empty{{end}}
`))

func main() {
	s := &Shop{Owner: "Grim", Gold: 30, Items: []*Item{
		{"Potion", 8, 2}, {"Rope", 5, 1}, {"Lantern", 15, 1}, {"Sword", 40, 1},
	}}
	for _, cmd := range []string{"", "buy potion", "buy rope", "buy rope", "buy sword", "buy cake", "buy POTION", "buy lantern"} {
		if cmd != "" {
			fmt.Println(">", cmd)
			if err := s.Buy(strings.TrimPrefix(cmd, "buy ")); err != nil {
				fmt.Println("!", err)
				continue
			}
		}
		if err := page.Execute(os.Stdout, s); err != nil {
			fmt.Println("template:", err)
		}
	}
}
