package autodiff

import (
	"runtime"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/mat"
)

// mulAdd does dst += op(a) op(b), where op transposes when asked: both the
// forward product and the chain-rule steps through it (lecture section 6).
// BLAS gemm accumulates into dst, so no temporary is needed.
//
// A narrow dst - the scores X W or the gradient dW of a linear classifier,
// 10 columns - is split by rows over the processors, as numpy's OpenBLAS
// splits it over its threads: OpenBLAS itself runs one thread in the
// kernel (BLASThreadsEnv), and Go's scheduler shares a loaded machine's
// cores better than OpenBLAS's spinning threads (a softmax step through a
// cell, 20 steps a round, medians of 7, machine under load: one gemm
// 5.9-6.6 ms, split in two 4.5 ms). In pure Go it goes to
// mulAddNarrow: gonum's gemm cuts every product into 64x64 blocks, so a
// 10-column result runs loops of 10 and of 64.
func mulAdd(dst *mat.Dense, a *mat.Dense, aT bool, b *mat.Dense, bT bool) {
	m, n := dst.Dims()
	if n >= narrowCols || m <= n {
		blas64.Gemm(transpose(aT), transpose(bT), 1, a.RawMatrix(), b.RawMatrix(), 1, dst.RawMatrix())
		return
	}
	if _, pureGo := blas64.Implementation().(gonum.Implementation); pureGo {
		mulAddNarrow(dst, a, aT, b, bT)
		return
	}
	k, _ := b.Dims()
	if bT {
		_, k = b.Dims()
	}
	parallelRows(m, k*n, 8, func(lo, hi int) {
		var rows mat.Matrix // op(a)'s rows lo:hi, untransposed
		if aT {
			rows = a.Slice(0, k, lo, hi)
		} else {
			rows = a.Slice(lo, hi, 0, k)
		}
		part := dst.Slice(lo, hi, 0, n).(*mat.Dense)
		blas64.Gemm(transpose(aT), transpose(bT), 1, rows.(*mat.Dense).RawMatrix(), b.RawMatrix(), 1, part.RawMatrix())
	})
}

// narrowCols is the width below which mulAdd splits a product.
const narrowCols = 32

// mulAddNarrow is mulAdd for a dst of few columns (n), in gonum's
// assembly matrix-vector products, whose loops run along the products'
// inner dimension (k, 3073 for X W) and read 4 rows at a time, split over
// the processors by rows of dst as OpenBLAS splits its work over threads.
// Column j of dst is op(a) times column j of op(b); with op(b)^T copied
// into rows (n x k, small) and the result gathered in dst^T (n x m), each
// is one gemv of contiguous vectors:
//
//	dst^T[j][i0:i1] = op(a)[i0:i1] op(b)^T[j]    for each block i0:i1, each j
//
// op(a)'s block of rows (X's rows for the scores X W, X's columns for
// dW = X^T dScores) holds about 1 MB, so it stays in a core's cache for
// the n products that read it instead of streaming X from memory n times.
// Measured at CS231n's size (BenchmarkMulAddNarrow*, CPU time, loaded
// machine): 1.7-1.8 ms for X W and 2.5-2.8 ms for X^T dScores, against
// 3.6-3.9 and 3.5-4.3 ms through gonum's gemm on the transposed product.
//
// The scratch matrices come from a pool: a training step would otherwise
// allocate them for each product.
func mulAddNarrow(dst *mat.Dense, a *mat.Dense, aT bool, b *mat.Dense, bT bool) {
	m, n := dst.Dims()
	ar := a.RawMatrix()
	k := ar.Cols
	if aT {
		k = ar.Rows
	}
	bt := scratch(n, k)
	defer release(bt)
	if bT {
		copyInto(bt, b)
	} else {
		copyTransposed(bt, b.RawMatrix())
	}
	dt := scratch(n, m)
	defer release(dt)
	d := dst.RawMatrix()
	block := max(4, gemvBlock/k)
	parallelRows(m, k*n, block, func(lo, hi int) {
		for i0 := lo; i0 < hi; i0 += block {
			i1 := min(i0+block, hi)
			for j := 0; j < n; j++ {
				x, y := bt.Data[j*bt.Stride:j*bt.Stride+k], dt.Data[j*dt.Stride+i0:j*dt.Stride+i1]
				if aT {
					gonum.Implementation{}.Dgemv(blas.Trans, k, i1-i0, 1, ar.Data[i0:], ar.Stride, x, 1, 0, y, 1)
				} else {
					gonum.Implementation{}.Dgemv(blas.NoTrans, i1-i0, k, 1, ar.Data[i0*ar.Stride:], ar.Stride, x, 1, 0, y, 1)
				}
			}
			for i := i0; i < i1; i++ {
				drow := d.Data[i*d.Stride : i*d.Stride+n]
				for j := range drow {
					drow[j] += dt.Data[j*dt.Stride+i]
				}
			}
		}
	})
}

// gemvBlock is the number of entries of op(a) in a block of mulAddNarrow:
// 1 MB, a core's second-level cache or half of it.
const gemvBlock = 1 << 17

// parallelRows runs f over [0, m) in one contiguous share per processor,
// each a multiple of block, or in one call when the work (m x perRow
// multiply-adds) is too small to pay for starting goroutines.
func parallelRows(m, perRow, block int, f func(lo, hi int)) {
	procs := min(runtime.GOMAXPROCS(0), (m+block-1)/block)
	if procs < 2 || m*perRow < 1<<20 {
		f(0, m)
		return
	}
	share := ((m+procs-1)/procs + block - 1) / block * block
	var wg sync.WaitGroup
	for lo := 0; lo < m; lo += share {
		hi := min(lo+share, m)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

// copyInto copies the r x c matrix src into dst's top-left corner.
func copyInto(dst blas64.General, src *mat.Dense) {
	s := src.RawMatrix()
	for i := 0; i < s.Rows; i++ {
		copy(dst.Data[i*dst.Stride:i*dst.Stride+s.Cols], s.Data[i*s.Stride:i*s.Stride+s.Cols])
	}
}

// copyTransposed writes src^T into dst.
func copyTransposed(dst, src blas64.General) {
	for i := 0; i < src.Rows; i++ {
		row := src.Data[i*src.Stride : i*src.Stride+src.Cols]
		for j, v := range row {
			dst.Data[j*dst.Stride+i] = v
		}
	}
}

var scratchPool sync.Pool

// scratch returns an r x c matrix of any contents, from the pool when one
// there is large enough.
func scratch(r, c int) blas64.General {
	if p, ok := scratchPool.Get().(*[]float64); ok && cap(*p) >= r*c {
		return blas64.General{Rows: r, Cols: c, Stride: c, Data: (*p)[:r*c]}
	}
	return blas64.General{Rows: r, Cols: c, Stride: c, Data: make([]float64, r*c)}
}

// release returns m's storage to the pool.
func release(m blas64.General) {
	d := m.Data
	scratchPool.Put(&d)
}

func transpose(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}
