// Exercises: embedding an instantiated generic type in a struct and promoting its methods.
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)    { l.items = append(l.items, v) }
func (l *List[T]) Len() int   { return len(l.items) }
func (l *List[T]) At(i int) T { return l.items[i] }

type Playlist struct {
	List[string]
	Name string
}

type Scores struct {
	*List[int]
}

func main() {
	p := Playlist{Name: "mix"}
	p.Add("song1")
	p.Add("song2")
	fmt.Println(p.Name, p.Len(), p.At(1))
	s := Scores{&List[int]{}}
	s.Add(10)
	s.Add(20)
	fmt.Println(s.Len(), s.items)
}
