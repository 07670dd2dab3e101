package main

import (
	"fmt"
	"strings"
)

type Spec[T any] interface {
	IsSatisfiedBy(T) bool
	Describe() string
}

type pred[T any] struct {
	desc string
	fn   func(T) bool
}

func (p pred[T]) IsSatisfiedBy(v T) bool { return p.fn(v) }
func (p pred[T]) Describe() string       { return p.desc }

func Where[T any](desc string, fn func(T) bool) Spec[T] { return pred[T]{desc, fn} }

type and[T any] struct{ specs []Spec[T] }
type or[T any] struct{ specs []Spec[T] }
type not[T any] struct{ s Spec[T] }

func And[T any](s ...Spec[T]) Spec[T] { return and[T]{s} }
func Or[T any](s ...Spec[T]) Spec[T]  { return or[T]{s} }
func Not[T any](s Spec[T]) Spec[T]    { return not[T]{s} }

func (a and[T]) IsSatisfiedBy(v T) bool {
	for _, s := range a.specs {
		if !s.IsSatisfiedBy(v) {
			return false
		}
	}
	return true
}
func (a and[T]) Describe() string { return join(a.specs, " AND ") }

func (o or[T]) IsSatisfiedBy(v T) bool {
	for _, s := range o.specs {
		if s.IsSatisfiedBy(v) {
			return true
		}
	}
	return false
}
func (o or[T]) Describe() string { return join(o.specs, " OR ") }

func (n not[T]) IsSatisfiedBy(v T) bool { return !n.s.IsSatisfiedBy(v) }
func (n not[T]) Describe() string       { return "NOT " + n.s.Describe() }

func join[T any](specs []Spec[T], sep string) string {
	parts := make([]string, len(specs))
	for i, s := range specs {
		parts[i] = s.Describe()
	}
	return "(" + strings.Join(parts, sep) + ")"
}

func Select[T any](items []T, s Spec[T]) []T {
	var out []T
	for _, it := range items {
		if s.IsSatisfiedBy(it) {
			out = append(out, it)
		}
	}
	return out
}

type Product struct {
	Name     string
	Price    float64
	Color    string
	InStock  bool
	Category string
}

func PriceBelow(p float64) Spec[Product] {
	return Where(fmt.Sprintf("price<%.0f", p), func(x Product) bool { return x.Price < p })
}

func ColorIs(c string) Spec[Product] {
	return Where("color="+c, func(x Product) bool { return x.Color == c })
}

var InStock = Where("in-stock", func(x Product) bool { return x.InStock })

func main() {
	catalog := []Product{
		{"mug", 8.5, "red", true, "kitchen"},
		{"kettle", 35, "black", true, "kitchen"},
		{"lamp", 22, "red", false, "home"},
		{"rug", 120, "blue", true, "home"},
		{"pen", 2, "blue", true, "office"},
		{"chair", 89, "black", false, "office"},
	}
	specs := []Spec[Product]{
		InStock,
		And(ColorIs("red"), PriceBelow(30)),
		Or(ColorIs("blue"), And(ColorIs("black"), InStock)),
		Not(Or(PriceBelow(10), Where("home", func(p Product) bool { return p.Category == "home" }))),
		And[Product](),
		Or[Product](),
	}
	for _, s := range specs {
		var names []string
		for _, p := range Select(catalog, s) {
			names = append(names, p.Name)
		}
		fmt.Printf("%-55s %v\n", s.Describe(), names)
	}
	short := Where("short", func(s string) bool { return len(s) <= 3 })
	vowel := Where("vowel-start", func(s string) bool { return strings.ContainsAny(s[:1], "aeiou") })
	words := strings.Fields("an ox ate apples in the big orchard")
	fmt.Println(Select(words, And(short, Not(vowel))), Select(words, Or(Not(short), vowel)))
	fmt.Printf("%T\n", And(short, vowel))
}
