package main

import "fmt"

type Button struct {
	Label   string
	OnClick func() string
}

type App struct{ clicks int }

func (a *App) Click() string { a.clicks++; return fmt.Sprint("clicked ", a.clicks) }

func main() {
	app := &App{}
	btns := []Button{{"ok", app.Click}, {"noop", func() string { return "nothing" }}}
	for _, b := range btns {
		fmt.Println(b.Label, b.OnClick())
	}
	fmt.Println(btns[0].OnClick(), app.clicks)
	handlers := map[string]func(int) int{}
	for _, n := range []int{2, 3} {
		handlers[fmt.Sprint("x", n)] = func(v int) int { return v * n }
	}
	fmt.Println(handlers["x2"](10), handlers["x3"](10))
}
