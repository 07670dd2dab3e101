package interp

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/gobackprop/gobackprop/display"
)

// frameOf returns yaegi's global frame of s.
func frameOf(s *Session) []reflect.Value {
	fr := at(unsafe.Pointer(s.yi), slots.frame)
	return *(*[]reflect.Value)(unsafe.Add(fr.UnsafePointer(), slots.data.Offset))
}

// expectCell runs code in s and checks that its value reads want ("" for
// none).
func expectCell(t *testing.T, s *Session, code, want string) {
	t.Helper()
	res, err := s.Execute(context.Background(), code, &recorder{})
	if err != nil {
		t.Fatalf("cell %q: %v", code, err)
	}
	text, _ := res[display.MIMEText].(string)
	if got := strings.TrimSpace(text); got != want {
		t.Errorf("cell %q: got %q, want %q", code, got, want)
	}
}

// TestReleaseSlots checks that the global frame lets go of the values of
// redefined globals and of top-level statements, does not grow with cells
// that declare nothing, and still gives code kept for later - functions,
// closures, method values, interface values of the notebook's types,
// pointers - the values it had.
func TestReleaseSlots(t *testing.T) {
	if slots.frame == nil {
		t.Fatal("yaegi's frame, data, scopes, universe, sym, types, kind or index field is gone or retyped: slots.go releases nothing")
	}
	s := newTestSession(t, Options{}, "warm := 1")
	ctx := context.Background()
	cells := []struct{ code, want string }{
		{"xs := []int{1}", ""},
		{"func g() int { return len(xs) }", ""},
		{"c := func() int { return len(xs) }", ""},
		{"xs := []int{1, 2}", ""},
		{"g() + 10*c() + 100*len(xs)", "211"},
		{"type C struct{ n int }\nfunc (c *C) Inc() int { c.n++; return c.n }", ""},
		{"obj := &C{}", ""},
		{"inc := obj.Inc", ""},
		{"obj := &C{n: 100}", ""},
		{"inc()", "1"},
		{"type D struct{ n int }\nfunc (d D) String() string { return fmt.Sprint(\"D\", d.n) }", ""},
		{"d := D{1}", ""},
		{"var st fmt.Stringer = d", ""},
		{"d := D{2}", ""},
		{"st.String()", `"D1"`},
		{"e := D{5}", ""},
		{"var sts []fmt.Stringer\nsts = append(sts, e)", ""},
		{"e := D{6}", ""},
		{"sts[0].String()", `"D5"`},
		{"ys := []int{1, 2, 3}", ""},
		{"p := &ys", ""},
		{"ys := []int{9}", ""},
		{"len(*p)", "3"},
		{"sub := ys[:1]", ""},
		{"ys := []int{}", ""},
		{"sub[0]", "9"},
	}
	for _, c := range cells {
		expectCell(t, s, c.code, c.want)
	}

	before := len(frameOf(s))
	for range 50 {
		if _, err := s.Execute(ctx, "1+1", &recorder{}); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(frameOf(s)); got != before {
		t.Errorf("got a frame of %d slots after 50 cells 1+1, want the %d before", got, before)
	}

	const n = 1 << 16
	for range 20 {
		if _, err := s.Execute(ctx, "big := make([]float64, 65536)\nbig[1] = 2\nlen(big)", &recorder{}); err != nil {
			t.Fatal(err)
		}
	}
	held := 0
	for _, v := range frameOf(s) {
		if v.IsValid() && v.Kind() == reflect.Slice && v.Len() == n {
			held++
		}
	}
	if held != 1 {
		t.Errorf("got %d slices of %d floats in the frame after 20 redefinitions, want 1", held, n)
	}
}
