package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type LineItem struct {
	Name  string
	Qty   int
	Cents int64
}

type Receipt struct {
	Store string
	Items []LineItem
	Paid  int64
	Width int
}

func money(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func (r Receipt) center(s string) string {
	n := utf8.RuneCountInString(s)
	if n >= r.Width {
		return s
	}
	pad := (r.Width - n) / 2
	return strings.Repeat(" ", pad) + s
}

func (r Receipt) row(left, right string) string {
	gap := r.Width - utf8.RuneCountInString(left) - utf8.RuneCountInString(right)
	if gap < 1 {
		left = string([]rune(left)[:utf8.RuneCountInString(left)+gap-2]) + "…"
		gap = 1
	}
	return left + strings.Repeat(".", gap) + right
}

func (r Receipt) Render() string {
	var b strings.Builder
	line := strings.Repeat("-", r.Width)
	fmt.Fprintln(&b, r.center(strings.ToUpper(r.Store)))
	fmt.Fprintln(&b, line)
	var total int64
	for _, it := range r.Items {
		amt := int64(it.Qty) * it.Cents
		total += amt
		label := it.Name
		if it.Qty > 1 {
			label = fmt.Sprintf("%s x%d", it.Name, it.Qty)
		}
		b.WriteString(r.row(label, money(amt)) + "\n")
	}
	b.WriteString(line + "\n")
	b.WriteString(r.row("TOTAL", money(total)) + "\n")
	b.WriteString(r.row("PAID", money(r.Paid)) + "\n")
	if change := r.Paid - total; change >= 0 {
		b.WriteString(r.row("CHANGE", money(change)) + "\n")
	} else {
		b.WriteString(r.row("DUE", money(-change)) + "\n")
	}
	return b.String()
}

func main() {
	r := Receipt{
		Store: "Café Ünïcode",
		Width: 28,
		Paid:  5000,
		Items: []LineItem{
			{"Espresso", 2, 275},
			{"Croissant au beurre extra long name", 1, 390},
			{"Crème brûlée", 3, 650},
		},
	}
	fmt.Print(r.Render())
	r.Paid = 1000
	r.Width = 20
	out := r.Render()
	fmt.Print(out)
	fmt.Println(strings.Count(out, "\n"), utf8.RuneCountInString(out), len(out))
}
