package interp

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/traefik/yaegi/interp"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp/mirror"
)

// runtimePath is the import path of the compiled helpers that rewritten
// cells call (as package _gbp). Users never write it.
const runtimePath = "gobackprop.internal/session"

// runtimeExports are the session's compiled helpers, bound to this session.
func (s *Session) runtimeExports() interp.Exports {
	return interp.Exports{runtimePath + "/_gbp": {
		"Show": reflect.ValueOf(func(vs ...any) {
			s.result, s.shown = vs, true
		}),
		"GoroutinePanic": reflect.ValueOf(s.goroutinePanic),
		"Enter":          reflect.ValueOf(s.enter),
		"Leave":          reflect.ValueOf(s.leave),
		"Clear":          reflect.ValueOf(clearValue),
		"DecodeRune":     reflect.ValueOf(decodeRune),
		"PanicValue":     reflect.ValueOf(s.panicValue),
		"Recovered":      reflect.ValueOf(recovered),
		"TypedNil":       reflect.ValueOf(typedNil),
		"NewTypedNil":    reflect.ValueOf(newTypedNil),
		"IsTypedNil":     reflect.ValueOf(isTypedNil),
		"NotImplemented": reflect.ValueOf(notImplemented),
		"RuntimeError":   reflect.ValueOf(func(msg string) error { return runtimeError(msg) }),
		"IndexError":     reflect.ValueOf(indexError),
		"SliceError":     reflect.ValueOf(sliceError),
		"Defer":          reflect.ValueOf(s.deferCall),
		"EndCell":        reflect.ValueOf(endCell{}),
		// Stand-ins for values of a cell's types (interp/mirror), which
		// interp/lower's values*.go writes calls of.
		"Types":         reflect.ValueOf(mirror.Types),
		"StandIn":       reflect.ValueOf(mirror.StandIn),
		"StandIns":      reflect.ValueOf(mirror.StandIns),
		"ErrStandIn":    reflect.ValueOf(mirror.ErrStandIn),
		"ErrStandIns":   reflect.ValueOf(mirror.ErrStandIns),
		"FmtState":      reflect.ValueOf((*fmt.State)(nil)),
		"Sprint":        reflect.ValueOf(mirror.Sprint),
		"Sprintf":       reflect.ValueOf(mirror.Sprintf),
		"MarshalJSON":   reflect.ValueOf(mirror.Marshal),
		"MarshalIndent": reflect.ValueOf(mirror.MarshalIndent),
		"ContextKey":    reflect.ValueOf(mirror.NewKey),
		"ErrorsIs":      reflect.ValueOf(mirror.ErrorsIs),
		"ErrorsAs":      reflect.ValueOf(mirror.ErrorsAs),
		"ErrorsUnwrap":  reflect.ValueOf(mirror.ErrorsUnwrap),
	}}
}

// goroutinePanic reports a panic in a goroutine a cell started. Without the
// recover that the rewrite adds, it would end the whole process. While the
// cell runs, the panic ends the cell, as it would end a Go program; after
// it, the panic is reported on stderr and the session goes on.
func (s *Session) goroutinePanic(r any) {
	if r == nil {
		return
	}
	ename, msg, described := s.describePanic(r)
	if !described {
		ename, msg = classifyPanic(r)
	}
	if cancel := s.cancelCell.Load(); cancel != nil {
		(*cancel)(&goroutinePanicError{ename: ename, msg: msg})
		return
	}
	if ename != "panic" && ename != "runtime.Error" {
		msg = ename + ": " + msg
	}
	fe := display.Current()
	if r, ok := fe.(display.PanicReporter); ok {
		r.GoroutinePanicked(msg)
		return
	}
	fe.Stream("stderr", fmt.Sprintf("panic in a goroutine started by a cell (the session goes on): %s\n", msg))
}

// goroutinePanicError is the cause of a cell ended by a goroutine's panic.
type goroutinePanicError struct{ ename, msg string }

func (e *goroutinePanicError) Error() string { return e.msg }

// enter counts one level of recursion and stops a runaway one with a
// panic, which - unlike Go's stack overflow - can be recovered.
func (s *Session) enter() {
	if s.depth.Add(1) > int64(s.opts.MaxDepth) {
		s.depth.Store(0)
		panic(fmt.Sprintf("stack overflow: more than %d nested calls of a recursive function - is its base case ever reached?", s.opts.MaxDepth))
	}
}

func (s *Session) leave() {
	if s.depth.Add(-1) < 0 {
		s.depth.Store(0)
	}
}

// deferCall keeps a call a cell's top-level defer statement made
// (lower.bindCallArgs): Go runs it when the function ends, and a cell is
// the body of one, so the session runs it when the cell ends.
func (s *Session) deferCall(f func()) {
	s.deferMu.Lock()
	s.deferred = append(s.deferred, f)
	s.deferMu.Unlock()
}

// runDeferred runs the cell's deferred calls, last first. A panic in one
// is the cell's error, as it would end the function in Go.
func (s *Session) runDeferred() (err error) {
	s.deferMu.Lock()
	calls := s.deferred
	s.deferred = nil
	s.deferMu.Unlock()
	for i := len(calls) - 1; i >= 0; i-- {
		func() {
			defer func() {
				if r := recover(); r != nil && err == nil {
					ename, msg := classifyPanic(r)
					err = &Error{ename: ename, msg: msg, trace: []string{red(ename) + ": " + msg, "  in a call the cell deferred"}}
				}
			}()
			calls[i]()
		}()
	}
	return err
}

// panicValue records how to describe a value about to be panicked with
// (lower.lowerPanicValue): its Go type name and its Error or String
// method, which compiled code cannot see on a yaegi value.
func (s *Session) panicValue(v any, typeName string, describe func() string) any {
	if rv := reflect.ValueOf(v); rv.IsValid() && rv.Comparable() {
		s.panicText.Store(v, panicDescription{typeName, describe})
	}
	return v
}

type panicDescription struct {
	typeName string
	describe func() string
}

// describePanic returns what Go prints for a panic value that a cell
// described before panicking with it.
func (s *Session) describePanic(v any) (ename, msg string, ok bool) {
	if rv, isValue := v.(reflect.Value); isValue && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	if rv := reflect.ValueOf(v); !rv.IsValid() || !rv.Comparable() {
		return "", "", false
	}
	d, found := s.panicText.Load(v)
	if !found {
		return "", "", false
	}
	pd := d.(panicDescription)
	defer func() {
		if recover() != nil {
			ok = false // the method itself panicked: fall back to the value
		}
	}()
	return "panic(" + pd.typeName + ")", pd.describe(), true
}

// recovered is what recover returns in a cell (lower.lowerRecover):
// yaegi hands the panic's value over wrapped in a reflect.Value, and the
// runtime errors it raises itself as reflect's messages.
func recovered(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() || !rv.CanInterface() {
			return nil
		}
		v = rv.Interface()
	}
	if msg, ok := v.(string); ok {
		if goMsg, isRuntime := goRuntimeError(msg); isRuntime {
			return runtimeError(goMsg)
		}
	}
	if _, ok := v.(*reflect.ValueError); ok {
		// What yaegi raises for a field or method of a nil pointer.
		return runtimeError("runtime error: invalid memory address or nil pointer dereference")
	}
	if err, ok := v.(error); ok && !interpretedType(reflect.TypeOf(v)) {
		// A failed type assertion: yaegi's error, with the position of
		// the assertion in front, where Go has a runtime.Error.
		if m := assertionPanic.FindStringSubmatch(err.Error()); m != nil {
			return runtimeError(m[1])
		}
	}
	return v
}

// assertionPanic is yaegi's message for a failed type assertion.
var assertionPanic = regexp.MustCompile(`^\d+:\d+: (interface conversion: .*)$`)

// notImplemented ends an assertion of an interface{} value to an
// interface of the cells that none of the types the lowering listed
// matched (lower.lowerAssertFromAny): false for a compiled value (the
// lowering refuses interfaces that a compiled type of the session's
// packages implements), Go's panic for a failed single-value assertion,
// and an error for a value of a type the cells declared later.
func notImplemented(x any, iface string, single bool) bool {
	if x != nil && interpretedType(reflect.TypeOf(x)) {
		panic(unsupportedAtRun(fmt.Sprintf("a value of a type of the notebook that gobackprop did not expect was asserted to %s: its type was declared after this code (run that code's cell again), or the value lost its type in a top-level variable (assert inside a function, on a value passed to it)", iface)))
	}
	if single {
		if x == nil {
			panic(runtimeError("interface conversion: interface is nil, not " + iface))
		}
		panic(runtimeError(fmt.Sprintf("interface conversion: %T is not %s", x, iface)))
	}
	return false
}

// interpretedType reports a type yaegi built for a cell's struct (or a
// pointer to one): reflect made it and gave it no name.
func interpretedType(t reflect.Type) bool {
	if t.PkgPath() == yaegiInterpPath && t.Name() == "valueInterface" {
		return true
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && t.Name() == "" && t.NumField() > 0
}

// yaegiInterpPath is the package of yaegi's own types.
var yaegiInterpPath = reflect.TypeOf(interp.Panic{}).PkgPath()

// typedNil is the error that stops a cell about to store a nil pointer
// of its own type in an interface such as error (lower.guardTypedNil).
func typedNil(pointer, iface string) error {
	return unsupportedAtRun(fmt.Sprintf("a nil %s stored in an interface (%s) is not supported by gobackprop: Go makes that a non-nil %s holding a nil pointer (the typed-nil pitfall), which the interpreter cannot; return or assign the untyped nil instead", pointer, iface, iface))
}

// unsupportedAtRun stops a cell at a construct the session finds it
// cannot run the way Go does only when it runs.
type unsupportedAtRun string

func (e unsupportedAtRun) Error() string { return string(e) }

// runtimeError is a runtime.Error of Go's runtime that yaegi raised as a
// reflect message.
type runtimeError string

func (e runtimeError) Error() string { return string(e) }

// RuntimeError marks the type as a runtime.Error.
func (runtimeError) RuntimeError() {}

// decodeRune is one step of ranging over a string (lower.lowerRangeString).
func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// clearValue is Go 1.21's clear: it deletes a map's entries or zeroes a
// slice's elements.
func clearValue(v any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map, reflect.Slice:
		rv.Clear()
	case reflect.Pointer:
		if e := rv.Elem(); e.Kind() == reflect.Map || e.Kind() == reflect.Slice {
			e.Clear()
		}
	}
}

// preloaded are the imports every session starts with, so that a cell can
// use them without an import line.
var preloaded = []string{
	`"fmt"`, `"math"`,
	`"github.com/gobackprop/gobackprop/display"`,
	`"github.com/gobackprop/gobackprop/autodiff"`,
	`"github.com/gobackprop/gobackprop/plotting"`,
	`"github.com/gobackprop/gobackprop/datasets"`,
	`"gonum.org/v1/gonum/mat"`,
	`_gbp "` + runtimePath + `"`,
}

var preludeImports = "import (\n" + strings.Join(preloaded, "\n") + "\n)"

// Preloaded returns the packages every session starts with, by the name a
// cell uses for them (fmt, math, autodiff, mat, ...): a tool that reads
// cells' syntax (the grader's rules) needs it to know what math.Atanh is
// in a cell without an import line. The session's own helpers are left out.
func Preloaded() map[string]string { return preloadedByName() }

// preludeBuiltins stands in for Go 1.21's min, max and clear, which yaegi
// lacks. A user's own min or max simply replaces them.
const preludeBuiltins = `
type _gbpOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}
func min[T _gbpOrdered](x T, ys ...T) T {
	for _, y := range ys {
		if y < x || y != y {
			x = y
		}
	}
	return x
}
func max[T _gbpOrdered](x T, ys ...T) T {
	for _, y := range ys {
		if y > x || y != y {
			x = y
		}
	}
	return x
}
func clear(v any) { _gbp.Clear(v) }
`

// endCell is the panic a return at a cell's top level raises
// (lower.lowerTopLevelReturn): the cell ends there, without an error, as
// main ends at a return.
type endCell struct{}

// errEndCell is how eval reports it.
var errEndCell = errors.New("the cell returned")

func isEndCell(v any) bool {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	_, ok := v.(endCell)
	return ok
}
