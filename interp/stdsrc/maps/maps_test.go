package maps

import (
	stdmaps "maps"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestMatchesGo(t *testing.T) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	if g, w := slices.Sorted(Keys(m)), slices.Sorted(stdmaps.Keys(m)); !slices.Equal(g, w) {
		t.Errorf("Keys = %v, want %v", g, w)
	}
	if g, w := slices.Sorted(Values(m)), slices.Sorted(stdmaps.Values(m)); !slices.Equal(g, w) {
		t.Errorf("Values = %v, want %v", g, w)
	}
	if g, w := Collect(All(m)), stdmaps.Collect(stdmaps.All(m)); !reflect.DeepEqual(g, w) {
		t.Errorf("Collect(All) = %v, want %v", g, w)
	}
	if g, w := Clone(m), stdmaps.Clone(m); !reflect.DeepEqual(g, w) {
		t.Errorf("Clone = %v, want %v", g, w)
	}
	var nilMap map[string]int
	if Clone(nilMap) != nil || Collect(All(nilMap)) == nil {
		t.Error("Clone(nil) must be nil and Collect an empty map, as Go's")
	}
	g, w := map[string]int{"a": 9, "z": 0}, map[string]int{"a": 9, "z": 0}
	Copy(g, m)
	stdmaps.Copy(w, m)
	Insert(g, All(map[string]int{"q": 7}))
	stdmaps.Insert(w, stdmaps.All(map[string]int{"q": 7}))
	odd := func(k string, v int) bool { return v%2 == 1 }
	DeleteFunc(g, odd)
	stdmaps.DeleteFunc(w, odd)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("Copy, Insert, DeleteFunc: %v, want %v", g, w)
	}
	for _, other := range []map[string]int{m, g, {}, {"a": 1, "b": 2, "c": 4}} {
		if g, w := Equal(m, other), stdmaps.Equal(m, other); g != w {
			t.Errorf("Equal(%v, %v) = %v, want %v", m, other, g, w)
		}
	}
	up, low := map[string]string{"A": "x"}, map[string]string{"A": "X"}
	if g, w := EqualFunc(up, low, strings.EqualFold), stdmaps.EqualFunc(up, low, strings.EqualFold); g != w {
		t.Errorf("EqualFunc = %v, want %v", g, w)
	}
	n := 0
	Keys(m)(func(string) bool { n++; return false })
	if n != 1 {
		t.Errorf("Keys went on after yield returned false: %d calls", n)
	}
}
