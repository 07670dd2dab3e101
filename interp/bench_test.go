package interp

import (
	"context"
	"testing"
)

func newBenchSession(b *testing.B, setup string) *Session {
	b.Helper()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if setup != "" {
		if _, err := s.Execute(context.Background(), setup, &recorder{}); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

func benchCell(b *testing.B, setup, cell string) {
	s := newBenchSession(b, setup)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(ctx, cell, &recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrivialCell is the whole cost of the cell 1+1: split, rewrite,
// yaegi's compile and run, and the result's formatting.
func BenchmarkTrivialCell(b *testing.B) { benchCell(b, "", "1+1") }

// BenchmarkSplit is the part of a trivial cell that the session adds
// before yaegi sees it.
func BenchmarkSplit(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := split("x := 3\nfunc sq(v int) int { return v * v }\nsq(x)"); err != nil {
			b.Fatal(err)
		}
	}
}

// The SVM loss of CS231n's dev set (500x3073 data, 10 classes), written
// the naive way with three nested loops, then with gonum row operations.
const svmSetup = `
import "math/rand"
const N, D, C = 500, 3073, 10
rng := rand.New(rand.NewSource(1))
X := mat.NewDense(N, D, nil)
W := mat.NewDense(D, C, nil)
for i := 0; i < N; i++ { for j := 0; j < D; j++ { X.Set(i, j, rng.NormFloat64()) } }
for i := 0; i < D; i++ { for j := 0; j < C; j++ { W.Set(i, j, 0.001*rng.NormFloat64()) } }
y := make([]int, N)
for i := range y { y[i] = rng.Intn(C) }
Xr := X.RawMatrix().Data
Wr := W.RawMatrix().Data
`

const svmNaive = `
loss := 0.0
for i := 0; i < N; i++ {
	scores := make([]float64, C)
	for d := 0; d < D; d++ {
		x := Xr[i*D+d]
		for c := 0; c < C; c++ {
			scores[c] += x * Wr[d*C+c]
		}
	}
	for c := 0; c < C; c++ {
		if c == y[i] { continue }
		if m := scores[c] - scores[y[i]] + 1; m > 0 { loss += m }
	}
}
loss / N
`

const svmGonum = `
var S mat.Dense
S.Mul(X, W)
loss := 0.0
for i := 0; i < N; i++ {
	row := S.RawRowView(i)
	for c := 0; c < C; c++ {
		if c == y[i] { continue }
		if m := row[c] - row[y[i]] + 1; m > 0 { loss += m }
	}
}
loss / N
`

func BenchmarkSVMLossNaiveLoops(b *testing.B) { benchCell(b, svmSetup, svmNaive) }
func BenchmarkSVMLossGonumRows(b *testing.B)  { benchCell(b, svmSetup, svmGonum) }

// BenchmarkRecursiveCall{Guarded,Unguarded} measure what the depth guard
// costs: fib(15) makes 1,973 calls.
func BenchmarkRecursiveCallGuarded(b *testing.B) { benchFib(b, Options{}) }

func BenchmarkRecursiveCallUnguarded(b *testing.B) { benchFib(b, Options{MaxDepth: -1}) }

func benchFib(b *testing.B, opts Options) {
	s, err := New(opts)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.Execute(ctx, "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }", &recorder{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(ctx, "fib(15)", &recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewSession is a fresh session's cost: what a kernel start and
// %reset pay.
func BenchmarkNewSession(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// typicalCell is a 20-line cell of the kind a student writes: a type, a
// method, a function with a loop, statements using earlier declarations.
const typicalCell = `import "strings"

type Layer struct {
	W, B []float64
	Name string
}

func (l Layer) Forward(x []float64) []float64 {
	out := make([]float64, len(l.W))
	for i, w := range l.W {
		out[i] = w*x[i%len(x)] + l.B[i]
	}
	return out
}

layer := Layer{W: []float64{0.5, -1, 2}, B: []float64{0, 0.1, 0.2}, Name: "hidden"}
y := layer.Forward(xs)
total := 0.0
for _, v := range y { total += v }
fmt.Println(strings.ToUpper(layer.Name), y, total)`

// BenchmarkCheckAndLower is what the front end adds to a typical cell
// after the first: the go/types check against the session's declarations,
// the rewrites checked again (specialize) and the lowering. Nothing runs.
func BenchmarkCheckAndLower(b *testing.B) {
	s := newBenchSession(b, "xs := []float64{1, 2, 3}\nfunc sq(x float64) float64 { return x * x }")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := s.checkCell(typicalCell)
		if err != nil || r == nil {
			b.Fatal(err)
		}
		code, r := s.specialize(typicalCell, r)
		if _, err := s.lowerCell(code, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckTrivial is the check and lowering of the cell 1+1.
func BenchmarkCheckTrivial(b *testing.B) {
	s := newBenchSession(b, "")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := s.checkCell("1+1")
		if err != nil || r == nil {
			b.Fatal(err)
		}
		code, r := s.specialize("1+1", r)
		if _, err := s.lowerCell(code, r); err != nil {
			b.Fatal(err)
		}
	}
}

const stringerSetup = "type P struct{ X int }\nfunc (p P) String() string { return \"p\" }\np := P{1}"

// BenchmarkCellPrintsNotebookType is a cell that formats a value of the
// notebook's own type: the lowering hands fmt a stand-in (interp/mirror),
// and yaegi compiles the stand-in's callbacks with the cell.
func BenchmarkCellPrintsNotebookType(b *testing.B) {
	benchCell(b, stringerSetup, "s := fmt.Sprint(p)")
}

// BenchmarkCellPrintsInt is the same cell formatting an int.
func BenchmarkCellPrintsInt(b *testing.B) { benchCell(b, stringerSetup, "s := fmt.Sprint(1)") }

// The training step of issue 18 as a cell runs it: autodiff's softmax
// loss of X W plus L2 regularisation, then Backward, at CS231n's dev size.
// autodiff's BenchmarkSoftmaxStep is the same step called from Go.
const stepSetup = `
import "math/rand/v2"
rng := rand.New(rand.NewPCG(1, 2))
Xm := mat.NewDense(500, 3073, nil)
Xm.Apply(func(_, _ int, _ float64) float64 { return rng.NormFloat64() }, Xm)
Wm := mat.NewDense(3073, 10, nil)
Wm.Apply(func(_, _ int, _ float64) float64 { return 0.001 * rng.NormFloat64() }, Wm)
X, W := autodiff.ConstTensor("X", Xm), autodiff.NewTensor("W", Wm)
y := make([]int, 500)
for i := range y { y[i] = rng.IntN(10) }
`

const stepCell = `
for step := 0; step < 10; step++ {
	loss := autodiff.Add(autodiff.SoftmaxLoss(autodiff.MatMul(X, W), y), autodiff.Scale(autodiff.L2(W), 2.5e4))
	loss.Backward()
}
`

// BenchmarkSoftmaxStepCell is ten steps a cell: divide by ten.
func BenchmarkSoftmaxStepCell(b *testing.B) { benchCell(b, stepSetup, stepCell) }

// graphSetup is a graph's 1,000 nodes, values of two types behind an
// interface of the cell.
const graphSetup = `
type Node interface{ ID() int }
type Leaf struct{ id int }
func (l *Leaf) ID() int { return l.id }
type Const struct{ id int }
func (c Const) ID() int { return c.id }
nodes := make([]Node, 0, 1000)
for i := 0; i < 500; i++ { nodes = append(nodes, &Leaf{i}, Const{i}) }
`

// BenchmarkInterfaceKeyedMap is a backward pass's bookkeeping: the nodes'
// gradients summed into a map keyed by their interface (each key goes
// through the interner, lower/ifacekeys.go), then each looked up again:
// 3,000 map accesses.
func BenchmarkInterfaceKeyedMap(b *testing.B) {
	benchCell(b, graphSetup, `
grads := map[Node]float64{}
for _, n := range nodes { grads[n] += 1 }
for _, n := range nodes { grads[n] *= 2 }
total := 0.0
for _, n := range nodes { total += grads[n] }
total`)
}

// BenchmarkIntKeyedMap is the same bookkeeping keyed by the nodes' index,
// which yaegi's own map hashes: what the interner adds is the difference.
func BenchmarkIntKeyedMap(b *testing.B) {
	benchCell(b, graphSetup, `
grads := map[int]float64{}
for i, n := range nodes { grads[i] += float64(n.ID()) }
for i := range nodes { grads[i] *= 2 }
total := 0.0
for i := range nodes { total += grads[i] }
total`)
}
