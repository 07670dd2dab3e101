package interp

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"runtime"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gobackprop/gobackprop/display"
	goruntime "github.com/gobackprop/gobackprop/interp/goruntime"
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
		"GoroutinePanic":      reflect.ValueOf(s.goroutinePanic),
		"Guard":               reflect.ValueOf(s.guard),
		"Enter":               reflect.ValueOf(s.enter),
		"Leave":               reflect.ValueOf(s.leave),
		"Clear":               reflect.ValueOf(clearValue),
		"ConvertTo":           reflect.ValueOf(convertTo),
		"DecodeRune":          reflect.ValueOf(decodeRune),
		"PanicValue":          reflect.ValueOf(s.panicValue),
		"Recovered":           reflect.ValueOf(s.recovered),
		"TypedNil":            reflect.ValueOf(typedNil),
		"NewTypedNil":         reflect.ValueOf(newTypedNil),
		"NewTypedNilStringer": reflect.ValueOf(newTypedNilStringer),
		"IsTypedNil":          reflect.ValueOf(isTypedNil),
		"NotImplemented":      reflect.ValueOf(notImplemented),
		// Compiled interfaces of one method that the lowering asserts a
		// compiled value to (lower.behaviours).
		"MultiUnwrapper": reflect.ValueOf((*multiUnwrapper)(nil)),
		"Unwrapper":      reflect.ValueOf((*unwrapper)(nil)),
		"Iser":           reflect.ValueOf((*iser)(nil)),
		"Aser":           reflect.ValueOf((*aser)(nil)),
		"Temporary":      reflect.ValueOf((*temporary)(nil)),
		"RuntimeErrorer": reflect.ValueOf((*runtimeErrorer)(nil)),
		"Timeout":        reflect.ValueOf((*timeout)(nil)),
		"Lener":          reflect.ValueOf((*lener)(nil)),
		"RuntimeError":   reflect.ValueOf(goruntime.Error),
		"IndexError":     reflect.ValueOf(indexError),
		"Index":          reflect.ValueOf(checkIndex),
		"ShiftCount":     reflect.ValueOf(shiftCount),
		"SliceError":     reflect.ValueOf(sliceError),
		"Slice3Error":    reflect.ValueOf(slice3Error),
		"Defer":          reflect.ValueOf(s.deferCall),
		"Select":         reflect.ValueOf(s.selectCases),
		"Recv":           reflect.ValueOf(selectRecv),
		"Send":           reflect.ValueOf(selectSend),
		"NewPanics":      reflect.ValueOf(func() *panics { return new(panics) }),
		"LoggerFatal":    reflect.ValueOf(s.loggerFatal),
		"LoggerFatalf":   reflect.ValueOf(s.loggerFatalf),
		"LoggerFatalln":  reflect.ValueOf(s.loggerFatalln),
		"EndCell":        reflect.ValueOf(endCell{}),
		"Hoist":          reflect.ValueOf(s.hoist),
		"Hoisted":        reflect.ValueOf(s.hoistedCalls),
		// Stand-ins for values of a cell's types (interp/mirror), which
		// interp/lower's values*.go writes calls of.
		"Types":             reflect.ValueOf(mirror.Types),
		"StandIn":           reflect.ValueOf(mirror.StandIn),
		"LocalType":         reflect.ValueOf(mirror.LocalType),
		"Decode":            reflect.ValueOf(mirror.Decode),
		"PanicNil":          reflect.ValueOf(func() any { return new(runtime.PanicNilError) }),
		"StandIns":          reflect.ValueOf(mirror.StandIns),
		"ErrStandIn":        reflect.ValueOf(mirror.ErrStandIn),
		"ErrStandIns":       reflect.ValueOf(mirror.ErrStandIns),
		"Boxer":             reflect.ValueOf(mirror.Boxer),
		"BoxAs":             reflect.ValueOf(mirror.BoxAs),
		"Unbox":             reflect.ValueOf(mirror.Unbox),
		"SlogValue":         reflect.ValueOf(mirror.SlogValue),
		"Equal":             reflect.ValueOf(mirror.Equal),
		"NamedBoxer":        reflect.ValueOf(mirror.NamedBoxer),
		"StringerBoxer":     reflect.ValueOf(mirror.StringerBoxer),
		"UnboxAs":           reflect.ValueOf(mirror.UnboxAs),
		"MustUnboxAs":       reflect.ValueOf(mirror.MustUnboxAs),
		"MustUnboxFrom":     reflect.ValueOf(mirror.MustUnboxFrom),
		"IsBox":             reflect.ValueOf(mirror.IsBox),
		"AmbiguousTwin":     reflect.ValueOf(mirror.AmbiguousTwin),
		"KeepsType":         reflect.ValueOf(mirror.KeepsType),
		"ReflectTypeOf":     reflect.ValueOf(mirror.ReflectTypeOf),
		"ValueType":         reflect.ValueOf(valueType),
		"ValueTypeOf":       reflect.ValueOf(valueTypeOf),
		"ValueField":        reflect.ValueOf(valueField),
		"ValueMethodByName": reflect.ValueOf(valueMethodByName),
		"Unsupported":       reflect.ValueOf(func(msg string) any { panic(unsupportedAtRun(msg)) }),
		// %T of a value of a type spelled with a type parameter, in a
		// generic method (lower's values.go): its registered name.
		"TypeNamed": reflect.ValueOf(func(x any, msg string) any {
			if name, ok := mirror.LocalTypeName(x); ok {
				return mirror.TypeNamed{Name: name}
			}
			panic(unsupportedAtRun(msg))
		}),
		"ValueMethod":      reflect.ValueOf(valueMethod),
		"ValueFieldByName": reflect.ValueOf(valueFieldByName),
		"RawType":          reflect.ValueOf(mirror.RawType),
		"AssertInto":       reflect.ValueOf(mirror.AssertInto),
		"FmtState":         reflect.ValueOf((*fmt.State)(nil)),
		// io.Writer and io.Reader, for the lowering to convert to where
		// the cell does not import io (lower.lowerFmtWriterArg).
		"IOWriter":      reflect.ValueOf((*io.Writer)(nil)),
		"IOReader":      reflect.ValueOf((*io.Reader)(nil)),
		"WriterOf":      reflect.ValueOf(writerOf),
		"ReaderOf":      reflect.ValueOf(readerOf),
		"Sprint":        reflect.ValueOf(mirror.Sprint),
		"Errorf":        reflect.ValueOf(mirror.Errorf),
		"Sprintf":       reflect.ValueOf(mirror.Sprintf),
		"MarshalJSON":   reflect.ValueOf(mirror.Marshal),
		"MarshalIndent": reflect.ValueOf(mirror.MarshalIndent),
		"ContextKey":    reflect.ValueOf(mirror.NewKey),
		"ErrorsIs":      reflect.ValueOf(mirror.ErrorsIs),
		"ErrorsAs":      reflect.ValueOf(mirror.ErrorsAs),
		"ErrorsUnwrap":  reflect.ValueOf(mirror.ErrorsUnwrap),
		// Interning of keys of maps keyed by interfaces (keyhash.go).
		"KeyLookup":   reflect.ValueOf(s.keys.lookup),
		"KeyUnlock":   reflect.ValueOf(s.keys.mu.Unlock),
		"KeyEqual":    reflect.ValueOf(keyEqual),
		"SetKeyTable": reflect.ValueOf(s.keys.setTable),
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

// guard returns f, which compiled code runs in a goroutine of its own
// (sync.WaitGroup.Go, time.AfterFunc), with its panic reported as a `go`
// statement's is, rather than ending the process.
func (s *Session) guard(f func()) func() {
	if f == nil {
		return nil
	}
	return func() {
		defer func() { s.goroutinePanic(recover()) }()
		f()
	}
}

// goroutinePanicError is the cause of a cell ended by a goroutine's panic.
type goroutinePanicError struct{ ename, msg string }

func (e *goroutinePanicError) Error() string { return e.msg }

// deferCall keeps a call a cell's top-level defer statement made
// (lower.bindCallArgs): Go runs it when the function ends, and a cell is
// the body of one, so the session runs it when the cell ends.
func (s *Session) deferCall(f func()) {
	s.deferMu.Lock()
	s.deferred = append(s.deferred, f)
	s.deferMu.Unlock()
}

// dropDeferred forgets the cell's top-level deferred calls.
func (s *Session) dropDeferred() {
	s.deferMu.Lock()
	s.deferred = nil
	s.deferMu.Unlock()
}

// runDeferred runs the cell's deferred calls, last first, as Go runs a
// function's.
//
// When the cell's statements panicked (panicking, with the value v), a
// recover in one of the calls returns v and stops the panic, as in a
// deferred call of main: recovered reports that one did. A panic in a
// deferred call replaces the one in flight, and the calls after it still
// run and may recover it; one that none recovers is err, the cell's
// error, as it would end the function in Go.
func (s *Session) runDeferred(panicking bool, v any) (recovered bool, err error) {
	s.deferMu.Lock()
	calls := s.deferred
	s.deferred = nil
	s.pending, s.pendingPanic = v, panicking
	s.deferMu.Unlock()
	raised := false // the panic in flight is one a deferred call raised
	for i := len(calls) - 1; i >= 0; i-- {
		func() {
			defer func() {
				r := recover()
				s.deferMu.Lock()
				defer s.deferMu.Unlock()
				if r != nil {
					s.pending, s.pendingPanic, raised = r, true, true
				}
				raised = raised && s.pendingPanic
			}()
			calls[i]()
		}()
	}
	s.deferMu.Lock()
	defer s.deferMu.Unlock()
	if raised {
		ename, msg := classifyPanic(s.pending)
		err = &Error{ename: ename, msg: msg, trace: []string{red(ename) + ": " + msg, "  in a call the cell deferred"}}
	}
	recovered = panicking && !s.pendingPanic
	s.pending, s.pendingPanic = nil, false
	return recovered, err
}

// recovered is what recover returns in a cell (lower.lowerRecover): the
// value yaegi gives, or, in a top-level deferred call that runs after the
// cell's statements panicked, that panic's value.
func (s *Session) recovered(v any) any {
	if v == nil {
		s.deferMu.Lock()
		if s.pendingPanic {
			v, s.pendingPanic = s.pending, false
		}
		s.deferMu.Unlock()
	}
	return recoveredValue(v)
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
	if typeName, text, boxed := mirror.PanicText(v); boxed {
		return "panic(" + typeName + ")", text, true
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

// recoveredValue is the panic's value as Go's recover gives it: yaegi
// hands it over wrapped in a reflect.Value, and the runtime errors it
// raises itself as reflect's messages.
func recoveredValue(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() || !rv.CanInterface() {
			return nil
		}
		v = rv.Interface()
	}
	if msg, ok := v.(string); ok {
		if goMsg, isRuntime := goRuntimeError(msg); isRuntime {
			return goruntime.Error(goMsg)
		}
	}
	if _, ok := v.(*reflect.ValueError); ok {
		// What yaegi raises for a field or method of a nil pointer.
		return goruntime.Error("runtime error: invalid memory address or nil pointer dereference")
	}
	if err, ok := v.(error); ok && !interpretedType(reflect.TypeOf(v)) {
		// A failed type assertion: yaegi's error, with the position of
		// the assertion in front, where Go has a runtime.Error.
		if m := assertionPanic.FindStringSubmatch(err.Error()); m != nil {
			return goruntime.Error(m[1])
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
//
// methods are the interface's: a compiled value whose type has them all
// implements it in Go, and the lowering could not name its type (an
// unexported one, errors.Join's); the cell stops rather than say false.
func notImplemented(x any, single bool, iface string, methods ...string) bool {
	if x != nil && interpretedType(reflect.TypeOf(x)) {
		panic(unsupportedAtRun(fmt.Sprintf("a value of a type of the notebook that gobackprop did not expect was asserted to %s: its type was declared after this code (run that code's cell again), or the value lost its type in a top-level variable (assert inside a function, on a value passed to it)", iface)))
	}
	if x != nil && len(methods) > 0 && hasMethods(reflect.TypeOf(x), methods) {
		panic(unsupportedAtRun(fmt.Sprintf("a value of type %T, which has the methods of %s, asserted to that interface of the notebook: gobackprop cannot hold a value of that compiled type in it; assert an interface of the standard library or call the function that does the work (errors.Unwrap, errors.As)", x, iface)))
	}
	if single {
		if x == nil {
			panic(goruntime.Error("interface conversion: interface is nil, not " + iface))
		}
		panic(goruntime.Error(fmt.Sprintf("interface conversion: %T is not %s", x, iface)))
	}
	return false
}

// The behaviours a cell asserts an error or a reader to with an interface
// of its own (err.(interface{ Unwrap() []error })): yaegi matches no
// compiled value against an interface of the cell, but does against these,
// and converts the result to the cell's interface.
type (
	multiUnwrapper interface{ Unwrap() []error }
	unwrapper      interface{ Unwrap() error }
	iser           interface{ Is(error) bool }
	aser           interface{ As(any) bool }
	temporary      interface{ Temporary() bool }
	runtimeErrorer interface{ RuntimeError() }
	timeout        interface{ Timeout() bool }
	lener          interface{ Len() int }
)

// hasMethods reports whether t's method set has all the methods, each
// given as its name and signature ("Unwrap func() []error").
func hasMethods(t reflect.Type, methods []string) bool {
	for _, m := range methods {
		name, sig, _ := strings.Cut(m, " ")
		method, ok := t.MethodByName(name)
		if !ok {
			return false
		}
		// reflect's method type has the receiver first: drop it.
		in := make([]reflect.Type, method.Type.NumIn()-1)
		for i := range in {
			in[i] = method.Type.In(i + 1)
		}
		out := make([]reflect.Type, method.Type.NumOut())
		for i := range out {
			out[i] = method.Type.Out(i)
		}
		got := reflect.FuncOf(in, out, method.Type.IsVariadic()).String()
		if sameSignature(got, sig) {
			continue
		}
		return false
	}
	return true
}

// sameSignature compares a signature as reflect and as go/types print it.
func sameSignature(a, b string) bool {
	norm := func(s string) string {
		s = strings.ReplaceAll(s, " ", "")
		return strings.ReplaceAll(s, "any", "interface{}")
	}
	return norm(a) == norm(b)
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

// unsupportedAtRun stops a cell at a construct the session finds it
// cannot run the way Go does only when it runs.
type unsupportedAtRun string

func (e unsupportedAtRun) Error() string { return string(e) }

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
// lacks. A user's own min or max simply replaces them. Their type
// parameter has a name of the session's: yaegi confused one named T with
// a cell's `type T int` ("nil reflect type").
const preludeBuiltins = `
type _gbpOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}
func min[_gbpT _gbpOrdered](x _gbpT, ys ..._gbpT) _gbpT {
	for _, y := range ys {
		if y < x || y != y {
			x = y
		}
	}
	return x
}
func max[_gbpT _gbpOrdered](x _gbpT, ys ..._gbpT) _gbpT {
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
